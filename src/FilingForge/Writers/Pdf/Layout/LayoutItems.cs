using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// What the typesetter puts on a page. Coordinates are points from the page's top-left corner (y grows downwards);
/// the emitter turns them into PDF's bottom-left coordinates. The same items feed the PDF and the layout dump.
/// </summary>
public abstract record LayoutItem;

/// <summary>
/// A run of text in one font on one baseline; spaces widened by <see cref="ExtraPerSpace"/> when justified.
/// <see cref="Invisible"/> text is not painted but can be searched and copied (a drawn check box's ☐).
/// </summary>
public sealed record TextItem(double X, double Baseline, TrueTypeFont Font, double Size, string Text, double Width, double ExtraPerSpace, PdfColor Color, bool Invisible = false) : LayoutItem;

public sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Width, PdfColor Color, bool Dashed = false) : LayoutItem;

public sealed record BoxItem(double X, double Y, double Width, double Height, double LineWidth, PdfColor? Stroke, PdfColor? Fill) : LayoutItem;

/// <summary>A polyline (chart series); <see cref="Points"/> are (x, y) pairs.</summary>
public sealed record PathItem(IReadOnlyList<(double X, double Y)> Points, double Width, PdfColor Color, bool Closed = false, bool Filled = false) : LayoutItem;

/// <summary>A clickable area jumping to a named destination.</summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, string TargetId) : LayoutItem;

/// <summary>A clickable area opening a web address (a URI action).</summary>
public sealed record WebLinkItem(double X, double Y, double Width, double Height, string Url) : LayoutItem;

/// <summary>A named destination, and when <see cref="OutlineLevel"/> &gt; 0 a bookmark titled <see cref="Title"/>.</summary>
public sealed record AnchorItem(string Id, double Y, int OutlineLevel, string Title) : LayoutItem;

/// <summary>
/// The items after this one, up to the element's <see cref="StructureEnd"/> or another start, belong to
/// <see cref="Element"/>; a start of an element already started (a split table cell continued) returns to it.
/// Not paint: it takes no room and never makes a page hold content.
/// </summary>
public sealed record StructureStart(StructureElement Element) : LayoutItem;

/// <summary>The element is complete; the items after it belong to its parent again.</summary>
public sealed record StructureEnd(StructureElement Element) : LayoutItem;

public sealed class LayoutPage(int number, double width, double height)
{
    public int Number { get; } = number;
    public double Width { get; } = width;
    public double Height { get; } = height;
    public List<LayoutItem> Items { get; } = new();
}

/// <summary>Receives each page as soon as it is finished, so nothing holds the whole document.</summary>
public interface IPageSink
{
    void PageFinished(LayoutPage page);

    /// <summary>
    /// False for a sink that only needs where pages break (a pass that finds heading page numbers): the engine then
    /// skips setting text on the page, which never moves the cursor, and saves most of a pass.
    /// </summary>
    bool WantsText => true;
}
