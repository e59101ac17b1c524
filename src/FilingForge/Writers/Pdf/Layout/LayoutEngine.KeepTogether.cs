using FilingForge.Document;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// A boxed section (a card's voting panel, its control-number box) is never split across pages: it is measured by
/// laying it out alone, without output, at the same width, and starts a new page (or, on a card, is reported as not
/// fitting its part) unless it fits below the cursor. One taller than a whole page is split, with a warning.
/// </summary>
public sealed partial class LayoutEngine
{
    /// <summary>This engine only measures a box: the boxes inside it go with it and are not measured again.</summary>
    private bool _measuring;

    private void KeepBoxTogether(Section box)
    {
        if (_measuring) return;
        if (MeasureBox(box) is { } height)
        {
            Fit(height);
            return;
        }

        Report(PdfDiagnostics.BoxTallerThanPage, box.Name, _documentName);
        Fit(4 * LineHeight(_s.BodySize));
    }

    /// <summary>The box's height laid out at the cursor's width from the top of an empty page; null when one page cannot hold it.</summary>
    private double? MeasureBox(Section box)
    {
        var probe = new LayoutEngine(_s, MeasuringSink.Instance) { _measuring = true, _left = _left, _right = _right, _documentName = _documentName };
        _ = probe.Page;
        var top = probe._y;
        probe.LayoutBoxed(box);
        return probe.PageCount == 1 ? probe._y - top : null;
    }

    private sealed class MeasuringSink : IPageSink
    {
        public static readonly MeasuringSink Instance = new();
        public void PageFinished(LayoutPage page) { }
        public bool WantsText => false;
    }
}
