namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    /// <summary>The element that what is placed now belongs to; null for the document itself.</summary>
    private StructureElement? _structure;

    /// <summary>Opens an element under the current one; what is placed until <see cref="EndElement"/> belongs to it.</summary>
    private StructureElement BeginElement(StructureRole role, int level = 0, string? alternateText = null, int columnSpan = 1, int rowSpan = 1)
    {
        var element = new StructureElement(role, _structure) { Level = level, AlternateText = alternateText, ColumnSpan = columnSpan, RowSpan = rowSpan };
        ResumeElement(element);
        return element;
    }

    /// <summary>Makes an element current again (a split table cell's lines on the next page); also its first start.</summary>
    private void ResumeElement(StructureElement element)
    {
        Mark(new StructureStart(element));
        _structure = element;
    }

    private void EndElement(StructureElement element)
    {
        Mark(new StructureEnd(element));
        _structure = element.Parent;
    }

    /// <summary>What is placed until the matching <see cref="EndElement"/> is decoration or pagination, not read.</summary>
    private StructureElement BeginArtifact() => BeginElement(StructureRole.Artifact);

    /// <summary>
    /// Adds a structure mark: it is not content, so it leaves <see cref="_pageHasContent"/> alone (a section that starts
    /// a new page still sees an empty page), and a pass that sets no text has no use for it.
    /// </summary>
    private void Mark(LayoutItem item)
    {
        if (_sink.WantsText) Page.Items.Add(item);
    }
}
