using System.Globalization;
using FilingForge.Writers.Pdf.Format;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Writers.Pdf;

/// <summary>The standard structure type (ISO 32000-1 §14.8.4) and attributes (§14.8.5.7, table attributes) of each layout role.</summary>
internal static class PdfStructureTypes
{
    public static string NameOf(StructureElement element) => element.Role switch
    {
        StructureRole.Section => "Sect",
        StructureRole.Heading => "H" + Math.Clamp(element.Level, 1, 6).ToString(CultureInfo.InvariantCulture),
        StructureRole.Paragraph => "P",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.ListLabel => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableDataCell => "TD",
        StructureRole.Caption => "Caption",
        StructureRole.Note => "Note",
        StructureRole.Figure => "Figure",
        StructureRole.Link => "Link",
        StructureRole.TableOfContents => "TOC",
        StructureRole.TableOfContentsItem => "TOCI",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.Role, "an artifact is not a structure element"),
    };

    /// <summary>A header cell names what it heads (its column); a cell spanning more than one column or row says so.</summary>
    public static PdfDictionary? AttributesOf(StructureElement element)
    {
        if (element.Role is not (StructureRole.TableHeaderCell or StructureRole.TableDataCell)) return null;
        var attributes = new PdfDictionary().Set("O", PdfName.Of("Table"));
        if (element.Role == StructureRole.TableHeaderCell) attributes.Set("Scope", PdfName.Of("Column"));
        if (element.ColumnSpan > 1) attributes.Set("ColSpan", new PdfInteger(element.ColumnSpan));
        if (element.RowSpan > 1) attributes.Set("RowSpan", new PdfInteger(element.RowSpan));
        return attributes.Count > 1 ? attributes : null;
    }

    /// <summary>Cells and rows keep their place in the table even when empty; a figure is there for its alternative text.</summary>
    public static bool KeepsEmpty(StructureElement element) =>
        element.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell or StructureRole.TableRow or StructureRole.Figure;
}
