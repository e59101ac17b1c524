using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// How a run of inline text is set. <see cref="Rise"/> lifts footnote markers above the baseline. <see cref="Link"/> is
/// the id of an internal link's target, <see cref="WebAddress"/> the address a printed web address opens.
/// </summary>
public sealed record TextStyle(Typeface Face, double Size, PdfColor Color, bool Underline = false, string? Link = null, double Rise = 0, string? WebAddress = null)
{
    public double Measure(string text) => Face.Measure(text, Size);
    public double SpaceWidth => Face.Measure(" ", Size);
}
