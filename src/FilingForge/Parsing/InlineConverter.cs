using System.Text;
using FilingForge.Document;
using FilingForge.Parsing.Extensions.Facts;
using FilingForge.Parsing.Extensions.FillInBlanks;
using FilingForge.Parsing.Extensions.FootnoteReferences;
using Markdig.Syntax.Inlines;
using IrInline = FilingForge.Document.Inline;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace FilingForge.Parsing;

/// <summary>
/// Turns Markdig inlines into IR inlines. What the dialect does not allow (raw HTML, external links, images,
/// code spans) is reported and kept as plain text, so no content is lost and nothing passes through unescaped.
/// </summary>
internal sealed partial class InlineConverter
{
    private readonly ParseContext _context;
    private readonly int? _fixedLine;

    /// <param name="fixedLine">For text parsed out of a table or directive line: report everything at that line.</param>
    public InlineConverter(ParseContext context, int? fixedLine = null)
    {
        _context = context;
        _fixedLine = fixedLine;
    }

    public IReadOnlyList<IrInline> Convert(ContainerInline? container)
    {
        var result = new List<IrInline>();
        if (container is not null) AppendChildren(container, result);
        return MergeText(result);
    }

    private void AppendChildren(ContainerInline container, List<IrInline> into)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is FactMarkerInline marker) child = AppendFact(marker, into);
            else Append(child, into);
        }
    }

    /// <summary>
    /// The inlines from an opening fact marker to its closing one, as one <see cref="TaggedText"/>; returns the closing
    /// marker (where the walk goes on). A marker without its pair, or naming no fact, is reported and its text kept.
    /// </summary>
    private MdInline AppendFact(FactMarkerInline open, List<IrInline> into)
    {
        if (open.Id is null)
        {
            _context.Report(ParseDiagnostics.UnpairedFactMarker, LineOf(open), "a [[/fact]] with no [[fact:ID]] before it");
            return open;
        }

        var children = new List<IrInline>();
        var child = open.NextSibling;
        for (; child is not null and not FactMarkerInline; child = child.NextSibling) Append(child, children);
        if (child is not FactMarkerInline { Id: null })
            _context.Report(ParseDiagnostics.UnpairedFactMarker, LineOf(open), $"[[fact:{open.Id}]] is not closed");
        if (_context.Facts is null)
        {
            into.AddRange(children);
        }
        else if (!_context.Facts.TryGetValue(open.Id, out var tag))
        {
            _context.Report(ParseDiagnostics.UnknownFact, LineOf(open), open.Id);
            into.AddRange(children);
        }
        else
        {
            into.Add(new TaggedText(tag, MergeText(children)));
        }

        return child ?? LastSibling(open);
    }

    private static MdInline LastSibling(MdInline inline)
    {
        while (inline.NextSibling is not null) inline = inline.NextSibling;
        return inline;
    }

    private List<IrInline> Children(ContainerInline container)
    {
        var list = new List<IrInline>();
        AppendChildren(container, list);
        return MergeText(list);
    }

    private void Append(MdInline inline, List<IrInline> into)
    {
        switch (inline)
        {
            case LiteralInline literal:
                into.Add(new TextRun(literal.Content.ToString()));
                break;
            case EmphasisInline emphasis:
                into.Add(Emphasis(emphasis));
                break;
            case LineBreakInline lineBreak:
                into.Add(lineBreak.IsHard ? new LineBreak() : new TextRun(" "));
                break;
            case FootnoteReferenceInline footnote:
                into.Add(new FootnoteReference(footnote.Marker));
                break;
            case FillInBlankInline blank:
                into.Add(new FillInBlank(blank.Characters));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextRun(entity.Transcoded.ToString()));
                break;
            case LinkInline link:
                AppendLink(link, into);
                break;
            case AutolinkInline autolink:
                _context.Report(ParseDiagnostics.ExternalLink, LineOf(autolink), autolink.Url);
                into.Add(new TextRun(autolink.Url));
                break;
            case HtmlInline html when IsLineBreakTag(html.Tag):
                into.Add(new LineBreak());
                break;
            case HtmlInline html:
                _context.Report(ParseDiagnostics.RawHtml, LineOf(html), html.Tag);
                into.Add(new TextRun(html.Tag));
                break;
            case CodeInline code:
                _context.Report(ParseDiagnostics.UnsupportedMarkdown, LineOf(code), "a code span", "its content is set as plain text");
                into.Add(new TextRun(code.Content));
                break;
            case ContainerInline container:
                AppendChildren(container, into);
                break;
            default:
                into.Add(new TextRun(inline.ToString() ?? ""));
                break;
        }
    }

    /// <summary>
    /// <c>&lt;br&gt;</c> (or <c>&lt;br/&gt;</c>) is the one tag the dialect reads: a hard line break where Markdown has
    /// no line to end, inside a table cell ("Name and&lt;br&gt;Principal Position"). Data values cannot produce it (the
    /// template escapes every '&lt;'); Markdown fields, written as Markdown by their authors, may use it like any syntax.
    /// </summary>
    private static bool IsLineBreakTag(string tag) => LineBreakTag().IsMatch(tag);

    [System.Text.RegularExpressions.GeneratedRegex(@"^<br\s*/?>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LineBreakTag();

    private IrInline Emphasis(EmphasisInline emphasis)
    {
        var children = Children(emphasis);
        return (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('+', _) => new Underline(children),
            (_, >= 2) => new Strong(children),
            _ => new Emphasis(children),
        };
    }

    private void AppendLink(LinkInline link, List<IrInline> into)
    {
        var url = link.Url ?? "";
        if (link.IsAutoLink)
        {
            AppendWebAddress(link, into);
        }
        else if (link.IsImage)
        {
            _context.Report(ParseDiagnostics.Image, LineOf(link), url);
            AppendChildren(link, into);
        }
        else if (url.Length > 1 && url[0] == '#')
        {
            var target = url[1..];
            _context.RecordLink(target, LineOf(link));
            into.Add(new InternalLink(target, LinkLabel(link)));
        }
        else
        {
            _context.Report(ParseDiagnostics.ExternalLink, LineOf(link), url);
            AppendChildren(link, into);
        }
    }

    private bool _inLinkLabel;

    /// <summary>The label of an internal link, in which a web address stays text: a link cannot hold another.</summary>
    private List<IrInline> LinkLabel(LinkInline link)
    {
        var outer = _inLinkLabel;
        _inLinkLabel = true;
        try
        {
            return Children(link);
        }
        finally
        {
            _inLinkLabel = outer;
        }
    }

    /// <summary>
    /// A web address Markdig found in the text. Its printed text comes from the Markdown source, where a data value's
    /// '_' or '&amp;' carries the template's escaping backslash; Markdig keeps that backslash in an auto-link, so it is
    /// taken out of both the text and the address, which then read as the value did. Anything that is not an
    /// absolute http(s) address after that is left as the text it was.
    /// </summary>
    private void AppendWebAddress(LinkInline link, List<IrInline> into)
    {
        var text = WebUrls.Unescape(string.Concat(Children(link).OfType<TextRun>().Select(r => r.Text)));
        var url = WebUrls.Unescape(link.Url ?? "");
        if (_inLinkLabel || !WebUrls.IsWebUrl(url)) into.Add(new TextRun(text));
        else into.Add(new WebAddress(url, [new TextRun(text)]));
    }

    private int LineOf(MdInline inline) => _fixedLine ?? inline.Line;

    /// <summary>Joins neighbouring text runs, which Markdig splits at escapes and delimiters, into one.</summary>
    public static List<IrInline> MergeText(List<IrInline> inlines)
    {
        var merged = new List<IrInline>(inlines.Count);
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is TextRun run)
            {
                text.Append(run.Text);
                continue;
            }

            Flush();
            merged.Add(inline);
        }

        Flush();
        return merged;

        void Flush()
        {
            if (text.Length == 0) return;
            merged.Add(new TextRun(text.ToString()));
            text.Clear();
        }
    }
}
