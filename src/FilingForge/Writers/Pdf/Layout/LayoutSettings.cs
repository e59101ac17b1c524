using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Pdf.Fonts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// The theme turned into the typesetter's numbers and resolved fonts. A document laid out as a card takes the theme's
/// card sheet, margins, fold and type instead of its page and body sizes, and has no page footer (a card's sides are
/// not numbered).
/// </summary>
public sealed class LayoutSettings
{
    public LayoutSettings(Theme theme, FontResolver fonts, PageLayout layout = PageLayout.Pages)
    {
        var card = layout == PageLayout.Card ? theme.Card : null;
        PageWidth = (double)(card?.Width ?? theme.Page.Width);
        PageHeight = (double)(card?.Height ?? theme.Page.Height);
        MarginTop = (double)(card?.MarginTop ?? theme.Page.MarginTop);
        MarginBottom = (double)(card?.MarginBottom ?? theme.Page.MarginBottom);
        MarginLeft = (double)(card?.MarginLeft ?? theme.Page.MarginLeft);
        MarginRight = (double)(card?.MarginRight ?? theme.Page.MarginRight);
        Fold = card is null ? null : (double)card.Fold;
        Body = new FontFamilyFaces(fonts, theme.BodyFont.Families);
        Heading = new FontFamilyFaces(fonts, theme.HeadingFont.Families);
        Table = new FontFamilyFaces(fonts, theme.TableFont.Families);
        Note = new FontFamilyFaces(fonts, theme.NoteFont.Families);
        BodySize = (double)(card?.BodySize ?? theme.BodyFont.Size);
        // A card's tables (its nominees) are never set larger than its text.
        TableSize = Math.Min((double)theme.TableFont.Size, BodySize);
        NoteSize = (double)(card?.NoteSize ?? theme.NoteFont.Size);
        HeadingSizes = theme.HeadingSizes.Select(s => (double)s).DefaultIfEmpty(BodySize).ToList();
        Leading = (double)theme.Leading;
        ParagraphSpacing = (double)(card?.ParagraphSpacing ?? theme.ParagraphSpacing);
        TextColor = PdfColor.FromHex(theme.Colors.Text);
        HeadingColor = PdfColor.FromHex(theme.Colors.Heading);
        RuleColor = PdfColor.FromHex(theme.Colors.Rule);
        TableHeaderBackground = PdfColor.FromHex(theme.Colors.TableHeaderBackground);
        ChartSeries = theme.Colors.ChartSeries.Select(PdfColor.FromHex).DefaultIfEmpty(PdfColor.Black).ToList();
        RuleWidth = (double)theme.TableRuleWidth;
        FooterPattern = card is null ? theme.FooterPattern : "";
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
