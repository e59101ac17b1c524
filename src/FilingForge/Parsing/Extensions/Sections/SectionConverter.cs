using FilingForge.Document;
using Markdig.Extensions.CustomContainers;

namespace FilingForge.Parsing.Extensions.Sections;

/// <summary>
/// <c>::: section NAME STYLE</c> … <c>:::</c> → <see cref="Section"/>. A container that is not a section is reported
/// and its content kept in place.
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
        var header = $"{container.Info} {container.Arguments}".Trim();
        if (container.ClosingFencedCharCount == 0)
            _context.Report(ParseDiagnostics.UnclosedSection, container.Line, header);

        var children = _blocks.ConvertAll(container);
        if (container.Info != "section" || arguments.Length is 0 or > 2)
        {
            _context.Report(ParseDiagnostics.InvalidSection, container.Line, header);
            return children;
        }

        var style = arguments.Length == 1 ? SectionStyle.Plain : StyleOf(arguments[1], container.Line, header);
        return [new Section(arguments[0], style, children)];
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
