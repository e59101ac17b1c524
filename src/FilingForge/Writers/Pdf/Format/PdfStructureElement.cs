namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// One structure element of a tagged PDF (§14.7.2) while it is open: its type, attributes and the kids collected so
/// far. Its object number is reserved only when something needs it (a marked-content sequence, a written child), so an
/// element that ends with nothing in it leaves no object behind. <see cref="PdfStructureTree"/> writes it when it ends.
/// </summary>
public sealed class PdfStructureElement
{
    internal PdfStructureElement(PdfStructureElement? parent, string type, PdfDictionary? attributes, string? alternateText, bool keepEmpty)
    {
        Parent = parent;
        Type = type;
        Attributes = attributes;
        AlternateText = alternateText;
        KeepEmpty = keepEmpty;
    }

    public PdfStructureElement? Parent { get; }

    /// <summary>The standard structure type (§14.8.4): <c>P</c>, <c>H2</c>, <c>TD</c>, <c>Figure</c>.</summary>
    public string Type { get; }

    internal PdfDictionary? Attributes { get; }
    internal string? AlternateText { get; }

    /// <summary>Written even when empty: a table cell with no text still holds its place in the row.</summary>
    internal bool KeepEmpty { get; }

    internal PdfReference? Reference { get; set; }

    /// <summary>The page of the first marked-content kid: the element's <c>/Pg</c>, so kids on it are bare MCIDs.</summary>
    internal int Page { get; set; }

    internal List<StructureKid> Kids { get; } = new();

    internal bool Ended { get; set; }
}

/// <summary>A kid of a structure element: a marked-content id on a page, a child element, or an annotation (OBJR).</summary>
internal readonly record struct StructureKid(StructureKidKind Kind, int Number, int Page);

internal enum StructureKidKind
{
    MarkedContent,
    Element,
    Annotation,
}
