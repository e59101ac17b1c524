using System.Text;
using System.Xml;
using System.Xml.Linq;
using static FilingForge.Writers.Html.InlineXbrl.InlineXbrlNames;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// Reads an Inline XBRL document into its contexts, units and facts, each fact with its value after its
/// transformation. It reads any input without throwing: what it cannot read is in <see cref="InlineXbrlFacts.Errors"/>.
/// The XML is parsed without DTDs and without a resolver, so a document can make it load nothing.
/// </summary>
public static class InlineXbrlFactReader
{
    private static readonly InlineXbrlFacts Empty = new(null, new Dictionary<string, InlineContext>(), new Dictionary<string, InlineUnit>(), [], []);

    public static InlineXbrlFacts Read(string content) => Read(() => XmlReader.Create(new StringReader(content), ParseSettings));

    public static InlineXbrlFacts Read(ReadOnlySpan<byte> content)
    {
        var bytes = content.ToArray();
        return Read(() => XmlReader.Create(new MemoryStream(bytes, writable: false), ParseSettings));
    }

    /// <summary>Reads a parsed document (the checker parses once for every check).</summary>
    internal static InlineXbrlFacts Read(XDocument document)
    {
        var errors = new List<InlineXbrlReadError>();
        var contexts = InlineXbrlHeaderReader.Contexts(document, errors);
        var units = InlineXbrlHeaderReader.Units(document, errors);
        var facts = new InlineFactBuilder(document, errors).Build();
        return new InlineXbrlFacts(SchemaRef(document), contexts, units, facts, errors);
    }

    internal static XmlReaderSettings ParseSettings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };

    /// <summary>Parses with line information; a document that is not well-formed yields its error instead.</summary>
    internal static (XDocument? Document, InlineXbrlReadError? Error) Parse(Func<XmlReader> open)
    {
        try
        {
            using var reader = open();
            return (XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace), null);
        }
        catch (XmlException e)
        {
            return (null, new InlineXbrlReadError(InlineXbrlReadErrorKind.NotWellFormed, e.Message, "well-formed XML", e.LineNumber, e.LinePosition));
        }
        catch (DecoderFallbackException e)
        {
            return (null, new InlineXbrlReadError(InlineXbrlReadErrorKind.NotWellFormed, e.Message, "text in the declared encoding", 0, 0));
        }
    }

    private static InlineXbrlFacts Read(Func<XmlReader> open)
    {
        var (document, error) = Parse(open);
        return document is null ? Empty with { Errors = [error!] } : Read(document);
    }

    private static string? SchemaRef(XDocument document) =>
        document.Descendants(Link + "schemaRef").Select(e => (string?)e.Attribute(XLink + "href")).FirstOrDefault();

    /// <summary>Line and column of an element's '&lt;' (the XML reader reports the name's first character).</summary>
    internal static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? (info.LineNumber, node is XElement ? Math.Max(1, info.LinePosition - 1) : info.LinePosition)
            : (0, 0);
}
