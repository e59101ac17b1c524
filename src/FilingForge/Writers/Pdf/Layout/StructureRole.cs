namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// What a laid-out group of items is to a reader (a screen reader, a reflowing viewer, text extraction): the roles of
/// tagged PDF's standard structure types (ISO 32000-1 §14.8.4), named for the layout rather than for PDF.
/// <see cref="Artifact"/> is not a structure element: what it holds (a footer, a repeated table header) is not read.
/// </summary>
public enum StructureRole
{
    Section,
    Heading,
    Paragraph,
    List,
    ListItem,
    ListLabel,
    ListBody,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Caption,
    Note,
    Figure,
    Link,
    TableOfContents,
    TableOfContentsItem,
    Artifact,
}
