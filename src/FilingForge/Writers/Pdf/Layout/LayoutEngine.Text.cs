using System.Text;
using FilingForge.Document;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    private sealed record InlineState(FontFamilyFaces Faces, double Size, PdfColor Color, bool Bold, bool Italic, bool Underline, string? Link, string? WebAddress = null)
    {
        public TextStyle Style(double rise = 0, double scale = 1) =>
            new(Faces[Bold, Italic], Size * scale, Color, Underline, Link, rise, WebAddress);
    }

    /// <summary>Flattens inlines into words: atoms between spaces, whatever their style.</summary>
    private List<Word> Words(IReadOnlyList<Inline> inlines, FontFamilyFaces faces, double size, PdfColor color, bool bold = false)
    {
        var words = new List<Word>();
        Word? current = null;
        var state = new InlineState(faces, size, color, bold, false, false, null);

        void Close()
        {
            if (current is { Atoms.Count: > 0 }) words.Add(current);
            current = null;
        }

        void AddAtom(Atom atom)
        {
            current ??= new Word { SpaceStyle = atom.Style };
            current.Atoms.Add(atom);
            current.SpaceStyle = atom.Style with { Rise = 0, Size = state.Size };
        }

        void Walk(IReadOnlyList<Inline> items, InlineState s)
        {
            foreach (var inline in items)
            {
                state = s;
                switch (inline)
                {
                    case TextRun run:
                        var style = s.Style();
                        var token = new StringBuilder();
                        foreach (var ch in run.Text)
                        {
                            if (ch is ' ' or '\n' or '\t' or '\r')
                            {
                                if (token.Length > 0) AddAtom(new Atom(token.ToString(), style, style.Measure(token.ToString())));
                                token.Clear();
                                Close();
                            }
                            else token.Append(ch);
                        }

                        if (token.Length > 0) AddAtom(new Atom(token.ToString(), style, style.Measure(token.ToString())));
                        break;
                    case Strong strong: Walk(strong.Children, s with { Bold = true }); break;
                    case Emphasis emphasis: Walk(emphasis.Children, s with { Italic = true }); break;
                    case Underline underline: Walk(underline.Children, s with { Underline = true }); break;
                    case InternalLink link: Walk(link.Children, s with { Link = link.TargetId }); break;
                    // Inside an internal link a web address is its text: one area opens one target.
                    case WebAddress address: Walk(address.Children, s.Link is null ? s with { WebAddress = address.Url } : s); break;
                    case TaggedText tagged: Walk(tagged.Children, s); break;
                    case FootnoteReference note:
                        var marker = s.Style(rise: s.Size * 0.33, scale: 0.7);
                        var markerText = FootnoteMarkerText.Of(note.Marker);
                        AddAtom(new Atom(markerText, marker, marker.Measure(markerText)));
                        break;
                    case FillInBlank blank:
                        var line = s.Style() with { Underline = true };
                        AddAtom(new Atom("", line, Math.Max(1, blank.Characters) * s.Size * 0.5));
                        break;
                    case LineBreak:
                        current ??= new Word { SpaceStyle = s.Style() };
                        current.ForcedBreak = true;
                        words.Add(current);
                        current = null;
                        break;
                    default:
                        NotRendered(inline);
                        break;
                }
            }
        }

        Walk(inlines, state);
        Close();
        return words;
    }

    private static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        Strong s => PlainText(s.Children),
        Emphasis e => PlainText(e.Children),
        Underline u => PlainText(u.Children),
        InternalLink l => PlainText(l.Children),
        WebAddress w => PlainText(w.Children),
        TaggedText t => PlainText(t.Children),
        FootnoteReference f => FootnoteMarkerText.Of(f.Marker),
        LineBreak => " ",
        _ => "",
    }));

    /// <summary>Places lines at the cursor, keeping at least two lines together at each end of a page break.</summary>
    private void PlaceLines(IReadOnlyList<Line> lines, double x, double width, TextAlignment alignment)
    {
        var i = 0;
        while (i < lines.Count)
        {
            _ = Page;
            var fit = 0;
            double used = 0;
            while (i + fit < lines.Count && used + lines[i + fit].Height(_s.Leading) <= Remaining + 0.001)
                used += lines[i + fit++].Height(_s.Leading);
            var left = lines.Count - i;
            if (fit < left)
            {
                if (left - fit < 2 && left >= 3) fit = left - 2;
                var orphan = i == 0 && fit < 2 && left >= 2;
                if (_pageHasContent && (fit < 1 || orphan))
                {
                    NewPage();
                    continue;
                }

                fit = Math.Max(fit, 1);
            }

            for (var k = 0; k < fit; k++) PlaceLine(lines[i + k], x, width, alignment);
            i += fit;
            if (i < lines.Count) NewPage();
        }
    }

    private void PlaceLine(Line line, double x, double width, TextAlignment alignment)
    {
        var height = line.Height(_s.Leading);
        var maxSize = height - _s.Leading;
        var baseline = _y + maxSize * 0.8 + _s.Leading / 2;
        var natural = line.NaturalWidth;
        double extra = 0;
        var start = x;
        switch (alignment)
        {
            case TextAlignment.Justify when !line.EndsParagraph && line.Spaces > 0 && natural > width * 0.75:
                extra = (width - natural) / line.Spaces;
                break;
            case TextAlignment.Center:
                start = x + (width - natural) / 2;
                break;
            case TextAlignment.Right:
                start = x + width - natural;
                break;
        }

        EmitLine(line, start, baseline, Math.Max(0, extra));
        _y += height;
        _pageHasContent = true;
    }

    /// <summary>Emits a line as runs of one style, spaces included so justified text keeps its words apart when extracted.</summary>
    private void EmitLine(Line line, double x, double baseline, double extra)
    {
        if (!_sink.WantsText) return;
        var run = new StringBuilder();
        TextStyle? style = null;
        var runX = x;
        var cursor = x;

        void Flush()
        {
            if (style is not null && run.Length > 0) EmitRun(style, run.ToString(), runX, baseline, extra);
            run.Clear();
        }

        for (var w = 0; w < line.Words.Count; w++)
        {
            var word = line.Words[w];
            foreach (var atom in word.Atoms)
            {
                if (atom.Text.Length == 0)
                {
                    Flush();
                    Add(new RuleItem(cursor, baseline + 1.5, cursor + atom.Width, baseline + 1.5, 0.5, atom.Style.Color));
                    cursor += atom.Width;
                    style = null;
                    runX = cursor;
                    continue;
                }

                if (style != atom.Style)
                {
                    Flush();
                    style = atom.Style;
                    runX = cursor;
                }

                run.Append(atom.Text);
                cursor += atom.Width;
            }

            if (w < line.Words.Count - 1)
            {
                var space = word.SpaceStyle;
                if (style == space) run.Append(' ');
                else
                {
                    Flush();
                    style = null;
                }

                cursor += space.SpaceWidth + extra;
                if (style is null) runX = cursor;
            }
        }

        Flush();
    }

    /// <summary>Emits text in one style: one item per font of the fallback chain, plus underline and link areas.</summary>
    private void EmitRun(TextStyle style, string text, double x, double baseline, double extra)
    {
        var y = baseline - style.Rise;
        var start = x;
        var link = style.Link is null && style.WebAddress is null ? null : BeginElement(StructureRole.Link);
        foreach (var (font, segment) in style.Face.Segments(text))
        {
            var spaces = segment.Count(c => c == ' ');
            var width = style.Face.Measure(segment, style.Size) + spaces * extra;
            Add(new TextItem(x, y, font, style.Size, segment, width, extra, style.Color));
            x += width;
        }

        var end = start + style.Face.Measure(text.TrimEnd(), style.Size) + (text.TrimEnd().Count(c => c == ' ') * extra);
        if (style.Underline) Add(new RuleItem(start, baseline + style.Size * 0.12, end, baseline + style.Size * 0.12, Math.Max(0.4, style.Size * 0.05), style.Color));
        if (style.Link is not null) Add(new LinkItem(start, baseline - style.Size * 0.8, end - start, style.Size * 1.05, style.Link));
        if (style.WebAddress is not null) Add(new WebLinkItem(start, baseline - style.Size * 0.8, end - start, style.Size * 1.05, style.WebAddress));
        if (link is not null) EndElement(link);
    }

    /// <summary>Lays out a paragraph of inlines at the cursor within the current column.</summary>
    private void Paragraph(IReadOnlyList<Inline> inlines, FontFamilyFaces faces, double size, PdfColor color, TextAlignment alignment, bool bold = false)
    {
        var lines = LineBreaker.Break(Words(inlines, faces, size, color, bold), Width);
        PlaceLines(lines, _left, Width, alignment);
    }

    private double LineHeight(double size) => size + _s.Leading;
}
