using System.Globalization;
using FilingForge.Document;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// The typesetter: lays the Document IR out on pages top to bottom and hands each finished page to a sink. It keeps
/// only the current page; heading page numbers of an earlier pass (<see cref="KnownPages"/>) fill the table of
/// contents and <c>{pages}</c> in the footer.
/// </summary>
public sealed partial class LayoutEngine
{
    private readonly LayoutSettings _s;
    private readonly IPageSink _sink;
    private readonly List<OpenBox> _openBoxes = new();
    private LayoutPage? _page;
    private bool _pageHasContent;
    private double _y;
    /// <summary>Where the current part of the page ends: the content bottom, or above a card's fold.</summary>
    private double _bottom;
    private double _left;
    private double _right;
    private string? _draftStamp;
    private string _documentName = "";
    private readonly HashSet<string> _notRendered = new(StringComparer.Ordinal);

    private sealed class OpenBox(double left, double right, double top)
    {
        public double Left { get; } = left;
        public double Right { get; } = right;
        public double Top { get; set; } = top;
    }

    public LayoutEngine(LayoutSettings settings, IPageSink sink, IReadOnlyDictionary<string, int>? knownPages = null, int? knownPageCount = null)
    {
        _s = settings;
        _sink = sink;
        KnownPages = knownPages ?? new Dictionary<string, int>();
        KnownPageCount = knownPageCount;
        _left = settings.MarginLeft;
        _right = settings.PageWidth - settings.MarginRight;
    }

    public IReadOnlyDictionary<string, int> KnownPages { get; }
    public int? KnownPageCount { get; }

    /// <summary>Page number of each heading and anchor laid out in this pass.</summary>
    public Dictionary<string, int> AnchorPages { get; } = new(StringComparer.Ordinal);

    public int PageCount { get; private set; }

    private double Width => _right - _left;
    private double Remaining => _bottom - _y;
    private LayoutPage Page => _page ?? StartPage();

    public void Run(FilingDocument document)
    {
        _draftStamp = document.Properties.DraftStamp;
        _documentName = document.Name;
        _bookmarkSections = !HasHeadings(document.Blocks);
        if (_s.Fold is not null) RunCard(document.Blocks);
        else foreach (var block in document.Blocks) LayoutBlock(block);
        if (_page is null) StartPage();
        FinishPage();
    }

    private LayoutPage StartPage()
    {
        PageCount++;
        _page = new LayoutPage(PageCount, _s.PageWidth, _s.PageHeight);
        _y = _s.ContentTop;
        _bottom = CardPartBottom() ?? _s.ContentBottom;
        _pageHasContent = false;
        foreach (var box in _openBoxes) box.Top = _y;
        return _page;
    }

    private void FinishPage()
    {
        if (_page is null) return;
        // What repeats on every page (box edges, the footer, the draft stamp) is pagination, not text to read.
        var artifact = BeginArtifact();
        foreach (var box in _openBoxes) DrawBox(box, _y + BoxPadding);
        DrawFooter();
        DrawDraftStamp();
        EndElement(artifact);
        _sink.PageFinished(_page);
        _page = null;
    }

    private void NewPage()
    {
        CardOverflow();
        if (_page is not null) FinishPage();
        StartPage();
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor or the page is still empty.</summary>
    private void Fit(double height)
    {
        _ = Page;
        if (height > Remaining && _pageHasContent) NewPage();
    }

    private void Add(LayoutItem item)
    {
        if (_pendingBookmark is not null) PlacePendingBookmark(Page);
        Page.Items.Add(item);
        _pageHasContent = true;
    }

    /// <summary>A node kind the typesetter has no layout for: a warning (once per kind), never a silent loss.</summary>
    private void NotRendered(object node)
    {
        var kind = node.GetType().Name;
        if (_notRendered.Add(kind)) Report(PdfDiagnostics.NodeNotRendered, kind, _documentName);
    }

    private void DrawFooter()
    {
        if (string.IsNullOrEmpty(_s.FooterPattern)) return;
        var pages = (KnownPageCount ?? PageCount).ToString(CultureInfo.InvariantCulture);
        var text = _s.FooterPattern.Replace("{page}", _page!.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages, StringComparison.Ordinal);
        var style = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        var baseline = _s.PageHeight - _s.MarginBottom / 2;
        var x = (_s.MarginLeft + _s.PageWidth - _s.MarginRight - style.Measure(text)) / 2;
        EmitRun(style, text, x, baseline, 0);
    }

    /// <summary>A draft's stamp, centred in the top margin of every page (where the footer is centred in the bottom one).</summary>
    private void DrawDraftStamp()
    {
        if (string.IsNullOrEmpty(_draftStamp)) return;
        var style = new TextStyle(_s.Note[true, false], _s.NoteSize, _s.TextColor);
        var baseline = _s.MarginTop / 2;
        var x = (_s.MarginLeft + _s.PageWidth - _s.MarginRight - style.Measure(_draftStamp)) / 2;
        EmitRun(style, _draftStamp, x, baseline, 0);
    }
}
