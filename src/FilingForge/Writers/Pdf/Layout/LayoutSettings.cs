using FilingForge.Theming;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>The theme turned into the typesetter's numbers and resolved fonts.</summary>
public sealed class LayoutSettings
{
    public LayoutSettings(Theme theme, FontResolver fonts)
    {
        PageWidth = (double)theme.Page.Width;
        PageHeight = (double)theme.Page.Height;
        MarginTop = (double)theme.Page.MarginTop;
        MarginBottom = (double)theme.Page.MarginBottom;
        MarginLeft = (double)theme.Page.MarginLeft;
        MarginRight = (double)theme.Page.MarginRight;
        Body = new FontFamilyFaces(fonts, theme.BodyFont.Families);
        Heading = new FontFamilyFaces(fonts, theme.HeadingFont.Families);
        Table = new FontFamilyFaces(fonts, theme.TableFont.Families);
        Note = new FontFamilyFaces(fonts, theme.NoteFont.Families);
        BodySize = (double)theme.BodyFont.Size;
        TableSize = (double)theme.TableFont.Size;
        NoteSize = (double)theme.NoteFont.Size;
        HeadingSizes = theme.HeadingSizes.Select(s => (double)s).DefaultIfEmpty(BodySize).ToList();
        Leading = (double)theme.Leading;
        ParagraphSpacing = (double)theme.ParagraphSpacing;
        TextColor = PdfColor.FromHex(theme.Colors.Text);
        HeadingColor = PdfColor.FromHex(theme.Colors.Heading);
        RuleColor = PdfColor.FromHex(theme.Colors.Rule);
        TableHeaderBackground = PdfColor.FromHex(theme.Colors.TableHeaderBackground);
        ChartSeries = theme.Colors.ChartSeries.Select(PdfColor.FromHex).DefaultIfEmpty(PdfColor.Black).ToList();
        RuleWidth = (double)theme.TableRuleWidth;
        FooterPattern = theme.FooterPattern;
    }

    public double PageWidth { get; }
    public double PageHeight { get; }
    public double MarginTop { get; }
    public double MarginBottom { get; }
    public double MarginLeft { get; }
    public double MarginRight { get; }
    public FontFamilyFaces Body { get; }
    public FontFamilyFaces Heading { get; }
    public FontFamilyFaces Table { get; }
    public FontFamilyFaces Note { get; }
    public double BodySize { get; }
    public double TableSize { get; }
    public double NoteSize { get; }
    public IReadOnlyList<double> HeadingSizes { get; }
    public double Leading { get; }
    public double ParagraphSpacing { get; }
    public PdfColor TextColor { get; }
    public PdfColor HeadingColor { get; }
    public PdfColor RuleColor { get; }
    public PdfColor TableHeaderBackground { get; }
    public IReadOnlyList<PdfColor> ChartSeries { get; }
    public double RuleWidth { get; }
    public string FooterPattern { get; }

    public double ContentTop => MarginTop;
    public double ContentBottom => PageHeight - MarginBottom;
    public double ContentHeight => ContentBottom - ContentTop;

    public double HeadingSize(int level) => HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1];
}
