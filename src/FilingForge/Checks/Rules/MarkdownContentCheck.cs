using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The content of every Markdown value (biographies, reports, the charter) parsed as FilingForge Markdown here, in the
/// Check stage, so that raw HTML (FF5200), a link out of the document such as <c>javascript:</c> (FF5202), an image or
/// any other error of the dialect is reported by <c>check</c> at the data file's line. Otherwise only <c>build</c> finds
/// it, when the whole document is parsed, and points at the template line that inserted the value. A web address
/// printed as text (<c>www.sec.gov</c>) is no link out in this sense: it parses to a <see cref="WebAddress"/>, as in
/// the build, and passes.
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
            // Most values are plain prose; parsing them was most of the Check stage's time, and can find nothing.
            if (IsPlainProse(field.Text.Value)) continue;
            var found = new DiagnosticBag();
            MarkdownParser.Parse(field.Text.Value, "value", NoProperties, found, LinesOf(field));
            // Warnings stay with the build's parse, which reports them once; an error must stop check as it stops build.
            foreach (var diagnostic in found.Items.Where(d => d.Severity == Severity.Error && !DocumentWide.Contains(d.Id)))
                context.Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>
    /// True when the text cannot hold any construct of the dialect, so the parser would find nothing in it: paragraphs
    /// of letters, digits and the punctuation of prose only (no <c>&lt; [ ] { } ! * _ ~ ` # = | \ +</c> or
    /// <c>&amp;</c>), and no line that opens a block (a list item, a quotation, a container, a numbered item, an
    /// indented code block). Anything else is parsed.
    /// </summary>
    internal static bool IsPlainProse(string text)
    {
        foreach (var c in text)
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '\n' or '.' or ',' or ';' or ':' or '\'' or '"' or '(' or ')' or '/' or '$' or '%'
                    or '?' or '-' or '@' or '\u2019' or '\u2018' or '\u201C' or '\u201D' or '\u2014' or '\u2013' or '\u00A0'))
                return false;
        foreach (var line in text.Split('\n'))
        {
            var start = line.TrimStart(' ');
            if (line.Length - start.Length >= 4 && start.Length > 0) return false;
            if (start.StartsWith('-') || start.StartsWith(':') || NumberedItem(start)) return false;
        }

        return true;
    }

    /// <summary><c>1.</c> or <c>1)</c> at the start of a line opens an ordered list.</summary>
    private static bool NumberedItem(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && digits < line.Length && line[digits] is '.' or ')';
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
