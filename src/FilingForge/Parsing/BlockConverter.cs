using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Document;
using FilingForge.Parsing.Extensions.Charts;
using FilingForge.Parsing.Extensions.Directives;
using FilingForge.Parsing.Extensions.Sections;
using FilingForge.Parsing.Extensions.Tables;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using IrBlock = FilingForge.Document.Block;
using MdBlock = Markdig.Syntax.Block;
using IrListBlock = FilingForge.Document.ListBlock;
using MdListBlock = Markdig.Syntax.ListBlock;

namespace FilingForge.Parsing;

/// <summary>
/// Turns Markdig blocks into IR blocks. One Markdig block gives zero or more IR blocks: a block outside the
/// dialect is reported and either set as text or dropped, never passed through.
/// </summary>
internal sealed partial class BlockConverter
{
    private readonly ParseContext _context;
    private readonly InlineConverter _inlines;

    public BlockConverter(ParseContext context)
    {
        _context = context;
        _inlines = new InlineConverter(context);
    }

    public List<IrBlock> ConvertAll(ContainerBlock container)
    {
        var blocks = new List<IrBlock>();
        foreach (var child in container) blocks.AddRange(Convert(child));
        return blocks;
    }

    private IEnumerable<IrBlock> Convert(MdBlock block) => block switch
    {
        HeadingBlock heading => [ConvertHeading(heading)],
        ParagraphBlock paragraph => [ConvertParagraph(paragraph)],
        MdListBlock list => [ConvertList(list)],
        DirectiveBlock directive => [new DirectiveConverter(_context).Convert(directive)],
        CustomContainer container => new SectionConverter(_context, this).Convert(container),
        FencedCodeBlock fenced => FencedBlock(fenced),
        CodeBlock code => [CodeAsText(code)],
        HtmlBlock html => [HtmlAsText(html)],
        QuoteBlock quote => Unwrapped(quote),
        ThematicBreakBlock rule => Dropped(rule, "a thematic break", "it is left out; use @@pagebreak for a new page"),
        LinkReferenceDefinitionGroup => [],
        BlankLineBlock => [],
        ContainerBlock other => Unwrapped(other),
        _ => Dropped(block, $"a {block.GetType().Name}", "it is left out"),
    };

    private Heading ConvertHeading(HeadingBlock heading)
    {
        var level = heading.Level;
        if (level > 3)
        {
            _context.Report(ParseDiagnostics.HeadingLevel, heading.Line, level);
            level = 3;
        }

        var inlines = _inlines.Convert(heading.Inline);
        var explicitId = heading.TryGetAttributes()?.Id;
        if (heading.TryGetAttributes() is null) ReportUnreadAttributes(heading, SourceText(heading), TrailingHeadingAttributes());
        var id = explicitId is { Length: > 0 }
            ? _context.ClaimExplicitId(explicitId, heading.Line)
            : _context.Ids.Claim(IdRegistry.Slug(PlainText.Of(inlines), "section"));
        return new Heading(level, inlines, id) { InContents = heading.TryGetAttributes()?.Classes?.Contains("toc") == true };
    }

    private Paragraph ConvertParagraph(ParagraphBlock paragraph)
    {
        var source = SourceText(paragraph);
        if (LooksLikePipeTable(source)) _context.Report(ParseDiagnostics.PipeTable, paragraph.Line);
        if (paragraph.TryGetAttributes() is null) ReportUnreadAttributes(paragraph, source, TrailingAttributeLine());
        TextAlignment? alignment = null;
        var role = ParagraphRole.Body;
        foreach (var cls in paragraph.TryGetAttributes()?.Classes ?? [])
        {
            switch (cls)
            {
                case "left": alignment = TextAlignment.Left; break;
                case "center": alignment = TextAlignment.Center; break;
                case "right": alignment = TextAlignment.Right; break;
                case "justify": alignment = TextAlignment.Justify; break;
                case "note": role = ParagraphRole.Note; break;
                case "caption": role = ParagraphRole.Caption; break;
                default:
                    _context.Report(ParseDiagnostics.UnknownClass, paragraph.Line, cls, ".left, .center, .right, .justify, .note or .caption");
                    break;
            }
        }

        var inlines = _inlines.Convert(paragraph.Inline);
        return new Paragraph(inlines, alignment ?? DefaultAlignment(inlines), role);
    }

    /// <summary>
    /// Body text is justified, except a paragraph set all in capitals (a legend, the Board's recommendation): capitals
    /// are wide and few to a line, so justifying them opens gaps between words; it is set flush left unless the
    /// template asks for <c>{.justify}</c>.
    /// </summary>
    private static TextAlignment DefaultAlignment(IReadOnlyList<Inline> inlines)
    {
        var text = PlainText.Of(inlines);
        var inCapitals = text.Count(char.IsLetter) >= 20 && !text.Any(char.IsLower);
        return inCapitals ? TextAlignment.Left : TextAlignment.Justify;
    }

    private IrListBlock ConvertList(MdListBlock list)
    {
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var items = list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<IrBlock>)ConvertAll(item)).ToArray();
        return new IrListBlock(list.IsOrdered, start, items) { NumberStyle = NumberStyle(list) };
    }

    /// <summary><c>1.</c> prints "1.", <c>1)</c> prints "(1)" and <c>a)</c> "(a)" (docs/filingforge-markdown.md).</summary>
    private static ListNumberStyle NumberStyle(MdListBlock list) => list.BulletType switch
    {
        'a' => ListNumberStyle.ParenthesizedLowerAlpha,
        '1' when list.OrderedDelimiter == ')' => ListNumberStyle.ParenthesizedDecimal,
        _ => ListNumberStyle.Decimal,
    };

    private IEnumerable<IrBlock> FencedBlock(FencedCodeBlock fenced)
    {
        var info = fenced.Info ?? "";
        var closing = new string(fenced.FencedChar, Math.Max(3, fenced.OpeningFencedCharCount));
        if (fenced.ClosingFencedCharCount == 0)
            _context.Report(ParseDiagnostics.UnclosedFence, fenced.Line, $"{closing} {info}".TrimEnd(), closing);

        switch (info)
        {
            case "ff-table":
                return [new TableConverter(_context).Convert(fenced)];
            case "ff-chart":
                return ChartOrNothing(fenced);
            default:
                _context.Report(ParseDiagnostics.UnknownFence, fenced.Line, info);
                return [LinesAsText(fenced)];
        }
    }

    private IEnumerable<IrBlock> ChartOrNothing(FencedCodeBlock fenced)
    {
        var chart = new ChartConverter(_context).Convert(fenced);
        return chart is null ? [] : [chart];
    }

    private Paragraph CodeAsText(CodeBlock code)
    {
        _context.Report(ParseDiagnostics.UnsupportedMarkdown, code.Line, "an indented code block", "its lines are set as text (indent less than 4 spaces)");
        return LinesAsText(code);
    }

    private Paragraph HtmlAsText(HtmlBlock html)
    {
        var text = SourceText(html).TrimEnd();
        _context.Report(ParseDiagnostics.RawHtml, html.Line, FirstLine(text));
        return TextLines(text.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    private IEnumerable<IrBlock> Unwrapped(ContainerBlock container)
    {
        _context.Report(ParseDiagnostics.UnsupportedMarkdown, container.Line, $"a {Describe(container)}", "its content is set as ordinary blocks");
        return ConvertAll(container);
    }

    private IEnumerable<IrBlock> Dropped(MdBlock block, string what, string consequence)
    {
        _context.Report(ParseDiagnostics.UnsupportedMarkdown, block.Line, what, consequence);
        return [];
    }

    private static string Describe(ContainerBlock container) => container is QuoteBlock ? "block quote" : container.GetType().Name;

    private static Paragraph LinesAsText(LeafBlock block) =>
        TextLines(block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));

    private static Paragraph TextLines(IEnumerable<string> lines)
    {
        var inlines = new List<Inline>();
        foreach (var line in lines)
        {
            if (inlines.Count > 0) inlines.Add(new LineBreak());
            inlines.Add(new TextRun(line));
        }

        return new Paragraph(inlines, TextAlignment.Left);
    }

    private string SourceText(MdBlock block)
    {
        var span = block.Span;
        var end = Math.Min(span.End + 1, _context.Markdown.Length);
        return span.Start >= 0 && span.Start < end ? _context.Markdown[span.Start..end] : "";
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return (newline < 0 ? text : text[..newline]).TrimEnd('\r');
    }

    private static bool LooksLikePipeTable(string source) =>
        source.Contains('|') && source.Contains("--", StringComparison.Ordinal)
        && source.Split('\n').Any(line => PipeTableDelimiterRow().IsMatch(line.Trim()));

    /// <summary>
    /// Markdig leaves an attribute block it cannot read (such as a one-letter id) in the text; say so rather than
    /// print "{#x}" in a filing.
    /// </summary>
    private void ReportUnreadAttributes(LeafBlock block, string source, Regex trailingAttributes)
    {
        source = source.TrimEnd();
        if (!source.EndsWith('}')) return;
        var lines = source.Split('\n');
        var match = trailingAttributes.Match(lines[^1].Trim());
        if (match.Success) _context.Report(ParseDiagnostics.UnreadAttributes, block.Line + lines.Length - 1, match.Value.Trim());
    }

    [GeneratedRegex(@"(?<!\\)\{[#.][^{}]*\}$")]
    private static partial Regex TrailingHeadingAttributes();

    [GeneratedRegex(@"^\{[#.][^{}]*\}$")]
    private static partial Regex TrailingAttributeLine();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")]
    private static partial Regex PipeTableDelimiterRow();
}
