using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The content of every Markdown value (biographies, reports, the charter) parsed as FilingForge Markdown here, in the
/// Check stage, so that raw HTML (FF5200), a link out of the document such as <c>javascript:</c> (FF5202), an image or
/// any other error of the dialect is reported by <c>check</c> at the data file's line. Otherwise only <c>build</c> finds
/// it, when the whole document is parsed, and points at the template line that inserted the value.
/// </summary>
public sealed class MarkdownContentCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares, whatever that is.</summary>
    public IReadOnlyList<string> Reads => [];

    /// <summary>What only the whole document can tell: whether a <c>#id</c> target or an id exists elsewhere in it.</summary>
    private static readonly HashSet<string> DocumentWide = [ParseDiagnostics.UnknownLinkTarget.Id, ParseDiagnostics.DuplicateId.Id];

    private static readonly DocumentProperties NoProperties = new("", "", "", "", DateOnly.MinValue, false);

    public void Run(CheckContext context)
    {
        foreach (var field in ValueWalker.MarkdownFields(context.Values))
        {
            var found = new DiagnosticBag();
            MarkdownParser.Parse(field.Text.Value, "value", NoProperties, found, LinesOf(field));
            // Warnings stay with the build's parse, which reports them once; an error must stop check as it stops build.
            foreach (var diagnostic in found.Items.Where(d => d.Severity == Severity.Error && !DocumentWide.Contains(d.Id)))
                context.Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>
    /// Where each line of the value is in the data file. A value that ends with a line break is a block scalar
    /// (<c>biography: |</c>), whose lines start on the line after the key; any other value is on the key's line.
    /// </summary>
    private static SourceMap LinesOf(ValueWalker.MarkdownField field)
    {
        var at = field.Location;
        var lines = field.Text.Value.Split('\n').Length;
        if (!field.Text.Value.EndsWith('\n')) return SourceMap.Of(Enumerable.Repeat(at, lines));
        return SourceMap.Of(Enumerable.Range(1, lines).Select(k => new SourceLocation(at.File, at.Line + k, 1)));
    }
}
