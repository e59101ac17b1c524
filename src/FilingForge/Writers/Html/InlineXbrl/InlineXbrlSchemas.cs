using System.Xml;
using System.Xml.Schema;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The Inline XBRL 1.1 schema (XHTML 1.1 with the ix elements and the XBRL 2.1 instance schema it modifies), compiled
/// once per process from the embedded copies. Compiling takes a noticeable fraction of a second; every check after the
/// first reuses the same compiled set, which is safe for concurrent validation once compiled.
/// </summary>
public static class InlineXbrlSchemas
{
    /// <summary>The entry point: the driver schema of XHTML 1.1 + Inline XBRL 1.1.</summary>
    public const string EntryPoint = "http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd";

    private static readonly Lazy<Compiled> Instance = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled set; never modify it.</summary>
    public static XmlSchemaSet Set => Instance.Value.Set;

    /// <summary>What compiling reported (warnings and errors). Empty when the embedded schemas are complete.</summary>
    public static IReadOnlyList<string> CompileMessages => Instance.Value.Messages;

    private sealed record Compiled(XmlSchemaSet Set, IReadOnlyList<string> Messages);

    private static Compiled Compile()
    {
        var messages = new List<string>();
        var resolver = new InlineXbrlSchemaResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        set.ValidationEventHandler += (_, e) => messages.Add($"{e.Severity}: {e.Message} ({e.Exception?.SourceUri}:{e.Exception?.LineNumber})");
        try
        {
            using var stream = (Stream)resolver.GetEntity(new Uri(EntryPoint), null, typeof(Stream))!;
            // DTDs are skipped, not parsed: some W3C modules declare entity sets by URL that the schemas never use.
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = resolver }, EntryPoint);
            set.Add(null, reader);
            // Compiling a schema set resolves its types and references into the schema object model, once, so every
            // validation shares it: no code is generated and nothing is bound by reflection (the Native AOT build runs
            // it with no trim or AOT warning and checks the same documents the same way, tools/aot-samples.sh).
            set.Compile();
        }
        catch (Exception e) when (e is XmlException or XmlSchemaException or IOException)
        {
            messages.Add($"Error: {e.Message}");
        }

        return new Compiled(set, messages);
    }
}
