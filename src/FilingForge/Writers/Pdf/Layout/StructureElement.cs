namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// One node of a document's logical structure as the typesetter builds it: a heading, a paragraph, a table cell. Its
/// content is whatever is placed between its <see cref="StructureStart"/> and <see cref="StructureEnd"/> items, on as many
/// pages as it runs over. Identity is the object: a table cell split across pages starts again with the same element.
/// </summary>
public sealed class StructureElement(StructureRole role, StructureElement? parent)
{
    public StructureRole Role { get; } = role;

    /// <summary>The enclosing element; null for a child of the document.</summary>
    public StructureElement? Parent { get; } = parent;

    /// <summary>A heading's level, 1 to 6.</summary>
    public int Level { get; init; }

    /// <summary>What a figure shows, for a reader who cannot see it.</summary>
    public string? AlternateText { get; init; }

    public int ColumnSpan { get; init; } = 1;
    public int RowSpan { get; init; } = 1;
}
