using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// Checks an Inline XBRL document: well-formed XML, valid against the Inline XBRL 1.1 schema (offline), facts that
/// resolve their contexts and units and agree with each other and with the profile's concepts, and the EDGAR Filer
/// Manual's rules for Inline XBRL documents. Each breach is an FF6120–FF6139 diagnostic at its line:column in the
/// file. It reads any bytes without throwing.
/// </summary>
public sealed class InlineXbrlChecker
{
    /// <summary>At most this many diagnostics per rule and file; the rest are counted in one FF6199.</summary>
    public int MaxReportsPerRule { get; init; } = 50;

    /// <param name="concepts">The concepts the profile tags with; a fact of another concept is a warning.</param>
    public void Check(string fileName, ReadOnlySpan<byte> content, IReadOnlyList<XbrlConcept> concepts, DiagnosticBag diagnostics)
    {
        var run = new InlineXbrlCheckRun(fileName, MaxReportsPerRule);
        run.CheckCharacters(content);
        var bytes = content.ToArray();
        var (document, error) = InlineXbrlFactReader.Parse(() => System.Xml.XmlReader.Create(new MemoryStream(bytes, writable: false), InlineXbrlFactReader.ParseSettings));
        if (document is null)
        {
            run.ReportReadError(error!);
        }
        else
        {
            run.CheckSchema(bytes);
            run.CheckFacts(InlineXbrlFactReader.Read(document), concepts);
            run.CheckEdgarSubset(document);
        }

        diagnostics.AddRange(run.Finish());
    }
}
