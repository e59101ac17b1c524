using FilingForge.Document;
using Markdig.Extensions.CustomContainers;

namespace FilingForge.Parsing.Extensions.Sections;

/// <summary>
/// <c>::: section NAME STYLE</c> … <c>:::</c> → <see cref="Section"/>, <c>::: fact ID</c> … <c>:::</c> →
/// <see cref="TaggedBlocks"/>. A container that is neither is reported and its content kept in place.
/// </summary>
internal sealed class SectionConverter
{
    private readonly ParseContext _context;
    private readonly BlockConverter _blocks;

    public SectionConverter(ParseContext context, BlockConverter blocks)
    {
        _context = context;
        _blocks = blocks;
    }

    public IEnumerable<Block> Convert(CustomContainer container)
    {
        var arguments = (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var header = Header(container);
        if (container.ClosingFencedCharCount == 0) ReportUnclosed(container);

        var children = _blocks.ConvertAll(container);
        if (container.Info == "fact" && arguments.Length == 1) return Fact(arguments[0], container.Line, children);
        if (container.Info != "section" || arguments.Length is 0 or > 2)
        {
            _context.Report(ParseDiagnostics.InvalidSection, container.Line, header);
            return children;
        }

        var style = arguments.Length == 1 ? SectionStyle.Plain : StyleOf(arguments[1], container.Line, header);
        return [new Section(arguments[0], style, children)];
    }

    /// <summary><c>::: fact ID</c>: the blocks are a fragment of the text block the Template stage tagged as ID.</summary>
    private IEnumerable<Block> Fact(string id, int line, IReadOnlyList<Block> children)
    {
        if (_context.Facts is null) return children;
        if (_context.Facts.TryGetValue(id, out var tag)) return [new TaggedBlocks(tag, children)];
        _context.Report(ParseDiagnostics.UnknownFact, line, id);
        return children;
    }

    private static string Header(CustomContainer container) => $"{container.Info} {container.Arguments}".Trim();

    /// <summary>
    /// With equal fences the first <c>:::</c> closes the outer section (Markdig closes from the outside in), so a section
    /// the author left open shows as the next section inside it, unclosed. The one to fix is the outer one: reported at
    /// its line, in its template, not at the inner one's (which may be another template's first line).
    /// </summary>
    private void ReportUnclosed(CustomContainer container)
    {
        var open = container.Parent is CustomContainer outer && outer.OpeningFencedCharCount == container.OpeningFencedCharCount ? outer : container;
        _context.Report(ParseDiagnostics.UnclosedSection, open.Line, Header(open));
    }

    private SectionStyle StyleOf(string style, int line, string header)
    {
        switch (style)
        {
            case "plain": return SectionStyle.Plain;
            case "boxed": return SectionStyle.Boxed;
            case "newpage": return SectionStyle.NewPage;
            default:
                _context.Report(ParseDiagnostics.InvalidSection, line, header);
                return SectionStyle.Plain;
        }
    }
}
