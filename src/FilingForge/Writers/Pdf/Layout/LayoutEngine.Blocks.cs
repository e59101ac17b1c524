using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    private const double BoxPadding = 8;
    private const double ListIndent = 18;

    private void LayoutBlock(Block block)
    {
        switch (block)
        {
            case Heading heading: LayoutHeading(heading); break;
            case Document.Paragraph paragraph: LayoutParagraph(paragraph); break;
            case ListBlock list: LayoutList(list); break;
            case PageBreak: NewPage(); break;
            case TableOfContents toc: LayoutTableOfContents(toc); break;
            // A form's lines are read as paragraphs: the label and its box's ☐ or ☒, the signature line's caption.
            case CheckboxLine boxes: AsParagraph(() => LayoutCheckboxes(boxes)); break;
            case SignatureBlock signature: AsParagraph(() => LayoutSignature(signature)); break;
            case DetachLine detach: AsParagraph(() => LayoutDetachLine(detach)); break;
            case Section section: LayoutSectionElement(section); break;
            // A PDF carries no facts: the tagged blocks are laid out in place, as if the tag were not there.
            case TaggedBlocks tagged: foreach (var child in tagged.Blocks) LayoutBlock(child); break;
            case Table table: LayoutTable(table); break;
            case Chart chart: LayoutChart(chart); break;
            // The IR is closed, but a node kind added without a layout must not vanish from the PDF unnoticed.
            default: NotRendered(block); break;
        }
    }

    private void AsParagraph(Action layout)
    {
        var element = BeginElement(StructureRole.Paragraph);
        layout();
        EndElement(element);
    }

    /// <summary>A section is a <c>Sect</c> element; in a document without headings it is also a bookmark (see <see cref="SectionBookmarks"/>).</summary>
    private void LayoutSectionElement(Section section)
    {
        var element = BeginElement(StructureRole.Section);
        if (_bookmarkSections && element.Parent is null) BookmarkSection(section);
        LayoutSection(section);
        EndElement(element);
    }

    private void SpaceAfterBlock() => _y = Math.Min(_y + _s.ParagraphSpacing, _s.ContentBottom);

    private void LayoutHeading(Heading heading)
    {
        var size = _s.HeadingSize(heading.Level);
        var lines = LineBreaker.Break(Words(heading.Inlines, _s.Heading, size, _s.HeadingColor, bold: true), Width);
        var height = lines.Sum(l => l.Height(_s.Leading));
        // Keep the heading with at least three lines of what follows.
        Fit(height + _s.ParagraphSpacing + 3 * LineHeight(_s.BodySize));
        if (_pageHasContent) _y += _s.ParagraphSpacing / 2;
        Add(new AnchorItem(heading.Id, _y, heading.Level, PlainText(heading.Inlines)));
        AnchorPages[heading.Id] = Page.Number;
        var alignment = heading.Level == 1 ? TextAlignment.Center : TextAlignment.Left;
        var element = BeginElement(StructureRole.Heading, level: Math.Clamp(heading.Level, 1, 6));
        PlaceLines(lines, _left, Width, alignment);
        EndElement(element);
        SpaceAfterBlock();
    }

    private void LayoutParagraph(Document.Paragraph paragraph)
    {
        // A caption (the sentence under the performance graph) is set as Word's Caption style and the preview set it:
        // bold, centred, at body size.
        var (faces, size, bold, alignment) = paragraph.Role switch
        {
            ParagraphRole.Note => (_s.Note, _s.NoteSize, false, paragraph.Alignment),
            ParagraphRole.Caption => (_s.Body, _s.BodySize, true, TextAlignment.Center),
            _ => (_s.Body, _s.BodySize, false, paragraph.Alignment),
        };
        var element = BeginElement(StructureRole.Paragraph);
        Paragraph(paragraph.Inlines, faces, size, _s.TextColor, alignment, bold);
        EndElement(element);
        SpaceAfterBlock();
    }

    private void LayoutList(ListBlock list)
    {
        var number = list.Start;
        var listElement = BeginElement(StructureRole.List);
        foreach (var item in list.Items)
        {
            var marker = ListMarker.Of(list, number - list.Start);
            number++;
            var style = new TextStyle(_s.Body[false, false], _s.BodySize, _s.TextColor);
            Fit(2 * LineHeight(_s.BodySize));
            var itemElement = BeginElement(StructureRole.ListItem);
            var label = BeginElement(StructureRole.ListLabel);
            var markerBaseline = _y + _s.BodySize * 0.8 + _s.Leading / 2;
            EmitRun(style, marker, _left + ListIndent - 4 - style.Measure(marker), markerBaseline, 0);
            EndElement(label);
            var body = BeginElement(StructureRole.ListBody);
            _left += ListIndent;
            // A paragraph of the item is set the same way whether or not it is tagged.
            foreach (var block in BlockTree.Untagged(item))
            {
                if (block is Document.Paragraph p) AsParagraph(() => Paragraph(p.Inlines, _s.Body, _s.BodySize, _s.TextColor, p.Alignment));
                else LayoutBlock(block);
            }

            _left -= ListIndent;
            EndElement(body);
            EndElement(itemElement);
            _y += _s.ParagraphSpacing / 2;
        }

        EndElement(listElement);
        SpaceAfterBlock();
    }

    private void LayoutSection(Section section)
    {
        if (section.Style == SectionStyle.NewPage && _pageHasContent) NewPage();
        if (section.Style != SectionStyle.Boxed)
        {
            foreach (var block in section.Blocks) LayoutBlock(block);
            return;
        }

        KeepBoxTogether(section);
        LayoutBoxed(section);
        SpaceAfterBlock();
    }

    /// <summary>The box at the cursor: its blocks inset by the padding, its frame drawn round them.</summary>
    private void LayoutBoxed(Section section)
    {
        _ = Page;
        var box = new OpenBox(_left, _right, _y);
        _openBoxes.Add(box);
        _left += BoxPadding;
        _right -= BoxPadding;
        _y += BoxPadding;
        foreach (var block in section.Blocks) LayoutBlock(block);
        _left -= BoxPadding;
        _right += BoxPadding;
        _openBoxes.Remove(box);
        _y = Math.Min(_y + BoxPadding - _s.ParagraphSpacing, _s.ContentBottom);
        DrawBox(box, _y);
    }

    private void DrawBox(OpenBox box, double bottom)
    {
        bottom = Math.Min(bottom, _s.ContentBottom);
        if (bottom - box.Top < 1) return;
        Add(new BoxItem(box.Left, box.Top, box.Right - box.Left, bottom - box.Top, Math.Max(0.5, _s.RuleWidth), _s.RuleColor, null));
    }

    private void LayoutTableOfContents(TableOfContents toc)
    {
        var style = new TextStyle(_s.Body[false, false], _s.BodySize, _s.TextColor);
        var tocElement = BeginElement(StructureRole.TableOfContents);
        foreach (var entry in toc.Entries.Where(e => e.Level <= toc.MaxLevel))
        {
            var indent = (entry.Level - 1) * 12;
            var page = KnownPages.TryGetValue(entry.TargetId, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "";
            var numberWidth = style.Measure("0000");
            var linkStyle = style with { Link = entry.TargetId };
            var lines = LineBreaker.Break(Words([new TextRun(entry.Text)], _s.Body, _s.BodySize, _s.TextColor), Width - indent - numberWidth - 6)
                .Select(l => { foreach (var w in l.Words) for (var a = 0; a < w.Atoms.Count; a++) w.Atoms[a] = w.Atoms[a] with { Style = linkStyle }; return l; })
                .ToList();
            if (lines.Count == 0) continue;
            foreach (var l in lines) foreach (var w in l.Words) w.SpaceStyle = linkStyle;
            Fit(lines.Count * LineHeight(_s.BodySize));
            var item = BeginElement(StructureRole.TableOfContentsItem);
            PlaceLines(lines, _left + indent, Width - indent - numberWidth - 6, TextAlignment.Left);
            var baseline = _y - LineHeight(_s.BodySize) + _s.BodySize * 0.8 + _s.Leading / 2;
            var textEnd = _left + indent + lines[^1].NaturalWidth;
            var numberX = _right - style.Measure(page);
            var dots = Leader(style, numberX - textEnd - 6);
            if (dots.Length > 0)
            {
                // The leader dots lead the eye to the number; read aloud they would be noise.
                var leader = BeginArtifact();
                EmitRun(style, dots, numberX - 3 - style.Measure(dots), baseline, 0);
                EndElement(leader);
            }

            EmitRun(linkStyle, page, numberX, baseline, 0);
            EndElement(item);
        }

        EndElement(tocElement);
        SpaceAfterBlock();
    }

    private static string Leader(TextStyle style, double width)
    {
        var dot = style.Measure(" .");
        var count = dot <= 0 ? 0 : (int)Math.Floor(width / dot);
        return count <= 0 ? "" : string.Concat(Enumerable.Repeat(" .", count));
    }
}
