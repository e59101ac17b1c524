using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// The theme turned into the typesetter's numbers and resolved fonts. A document laid out as a card is set in
/// <see cref="CardTheme"/> and folds at the card's fold.
/// </summary>
public sealed class LayoutSettings
{
    public LayoutSettings(Theme theme, FontResolver fonts, PageLayout layout = PageLayout.Pages)
    {
        var set = CardTheme.For(layout, theme);
        PageWidth = (double)set.Page.Width;
        PageHeight = (double)set.Page.Height;
        MarginTop = (double)set.Page.MarginTop;
        MarginBottom = (double)set.Page.MarginBottom;
        MarginLeft = (double)set.Page.MarginLeft;
        MarginRight = (double)set.Page.MarginRight;
        Fold = layout == PageLayout.Card ? (double)theme.Card.Fold : null;
        Body = new FontFamilyFaces(fonts, set.BodyFont.Families);
        Heading = new FontFamilyFaces(fonts, set.HeadingFont.Families);
        Table = new FontFamilyFaces(fonts, set.TableFont.Families);
        Note = new FontFamilyFaces(fonts, set.NoteFont.Families);
        BodySize = (double)set.BodyFont.Size;
        TableSize = (double)set.TableFont.Size;
        NoteSize = (double)set.NoteFont.Size;
        HeadingSizes = set.HeadingSizes.Select(s => (double)s).DefaultIfEmpty(BodySize).ToList();
        Leading = (double)set.Leading;
        ParagraphSpacing = (double)set.ParagraphSpacing;
        TextColor = PdfColor.FromHex(set.Colors.Text);
        HeadingColor = PdfColor.FromHex(set.Colors.Heading);
        RuleColor = PdfColor.FromHex(set.Colors.Rule);
        TableHeaderBackground = PdfColor.FromHex(set.Colors.TableHeaderBackground);
        ChartSeries = set.Colors.ChartSeries.Select(PdfColor.FromHex).DefaultIfEmpty(PdfColor.Black).ToList();
        RuleWidth = (double)set.TableRuleWidth;
        FooterPattern = set.FooterPattern;
    }

    public double PageWidth { get; }
    public double PageHeight { get; }
    public double MarginTop { get; }
    public double MarginBottom { get; }
    public double MarginLeft { get; }
    public double MarginRight { get; }

    /// <summary>Where a card folds, from the sheet's top edge; null for a document laid out on pages.</summary>
    public double? Fold { get; }
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
