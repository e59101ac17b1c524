namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// Where a block is being written: passed down and never changed in place (a nested list or a boxed panel gets its own
/// copy). What accumulates over the whole document lives in <see cref="DocxState"/> instead.
/// </summary>
/// <param name="AvailableWidthTwips">Width a table may take here: the text column, less list indents and panel padding.</param>
/// <param name="ListLevel">Nesting depth of lists, 0 outside any list.</param>
/// <param name="LeftIndentTwips">Indent of paragraphs that continue a list item.</param>
/// <param name="InTableCell">Inside a table cell, where Word cannot break pages.</param>
/// <param name="InCover">Inside the cover page, whose first-level headings are set in the Title style.</param>
internal sealed record DocxContext(int AvailableWidthTwips, int ListLevel, int LeftIndentTwips, bool InTableCell, bool InCover)
{
    public static DocxContext Body(int textWidthTwips) => new(textWidthTwips, 0, 0, false, false);

    public DocxContext InsideListItem(int indentTwips) => this with
    {
        ListLevel = ListLevel + 1,
        LeftIndentTwips = indentTwips,
        AvailableWidthTwips = AvailableWidthTwips - (indentTwips - LeftIndentTwips),
    };

    public DocxContext InsideCell(int cellContentWidthTwips) => this with
    {
        AvailableWidthTwips = cellContentWidthTwips,
        LeftIndentTwips = 0,
        InTableCell = true,
    };
}
