using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering.Blocks;

/// <summary>
/// A list as Word numbering: the first paragraph of each item carries the number or bullet, later blocks of the item
/// are indented to the item's text. Each ordered list restarts at its own first number.
/// </summary>
internal sealed class ListRenderer : DocxBlockRenderer<ListBlock>
{
    /// <summary>Indent of the text of each list level; must match <see cref="Parts.NumberingBuilder"/>.</summary>
    public static int TextIndentTwips(int level) => 360 * (level + 1);

    protected override void Write(DocxRenderer renderer, ListBlock block, DocxContext context, OpenXmlElement target)
    {
        var level = Math.Min(context.ListLevel, 8);
        var numId = block.Ordered ? renderer.State.Numbering.Ordered(level, block.Start, block.NumberStyle) : renderer.State.Numbering.Bullets();
        var itemContext = context.InsideListItem(TextIndentTwips(level));
        for (var i = 0; i < block.Items.Count; i++)
        {
            var tagged = block.Items[i];
            // An item's first paragraph carries the number whether or not it is tagged.
            var item = BlockTree.Untagged(tagged);
            var rest = item;
            var first = DocxParagraphs.New(DocxStyleIds.ListParagraph);
            DocxParagraphs.Properties(first).NumberingProperties = new W.NumberingProperties
            {
                NumberingLevelReference = new W.NumberingLevelReference { Val = level },
                NumberingId = new W.NumberingId { Val = numId },
            };
            if (item.Count > 0 && item[0] is Paragraph lead)
            {
                DocxParagraphs.Align(first, lead.Alignment, TextAlignment.Justify);
                renderer.Inlines.Write(first, lead.Inlines);
                rest = item.Skip(1).ToArray();
            }

            // The PDF sets a list's paragraph spacing below its last item's half spacing; so does Word.
            if (i == block.Items.Count - 1 && rest.Count == 0)
                DocxParagraphs.Properties(first).SpacingBetweenLines = new W.SpacingBetweenLines { After = DocxUnits.TwipsText(renderer.Look.Theme.ParagraphSpacing * 1.5m) };

            renderer.Append(first, context, target);
            renderer.WriteBlocks(rest, itemContext, target);
        }
    }
}
