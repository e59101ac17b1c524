using FilingForge.Values;

namespace FilingForge.Theming;

/// <summary><c>theme.yaml</c>'s value tree (bound by <see cref="ThemeDeclaration"/>) into the <see cref="Theme"/> the writers read.</summary>
internal static class ThemeProjection
{
    public static Theme Of(ObjectValue file)
    {
        var read = new ThemeFieldReader(file);
        return read.Located(new Theme
        {
            Page = read.Object(nameof(Theme.Page), PageOf),
            BodyFont = read.Object(nameof(Theme.BodyFont), FontOf),
            HeadingFont = read.Object(nameof(Theme.HeadingFont), FontOf),
            TableFont = read.Object(nameof(Theme.TableFont), FontOf),
            NoteFont = read.Object(nameof(Theme.NoteFont), FontOf),
            HeadingSizes = read.List(nameof(Theme.HeadingSizes), ThemeFieldReader.Scalar<decimal>),
            Leading = read.Decimal(nameof(Theme.Leading)),
            ParagraphSpacing = read.Decimal(nameof(Theme.ParagraphSpacing)),
            Colors = read.Object(nameof(Theme.Colors), ColorsOf),
            TableRuleWidth = read.Decimal(nameof(Theme.TableRuleWidth)),
            FooterPattern = read.Text(nameof(Theme.FooterPattern)),
            FontFolders = read.List(nameof(Theme.FontFolders), ThemeFieldReader.Scalar<string>),
            Card = read.Object(nameof(Theme.Card), CardOf),
        });
    }

    private static CardSetup CardOf(ObjectValue value)
    {
        var read = new ThemeFieldReader(value);
        return read.Located(new CardSetup
        {
            Width = read.Decimal(nameof(CardSetup.Width)),
            Height = read.Decimal(nameof(CardSetup.Height)),
            MarginTop = read.Decimal(nameof(CardSetup.MarginTop)),
            MarginBottom = read.Decimal(nameof(CardSetup.MarginBottom)),
            MarginLeft = read.Decimal(nameof(CardSetup.MarginLeft)),
            MarginRight = read.Decimal(nameof(CardSetup.MarginRight)),
            Fold = read.Decimal(nameof(CardSetup.Fold)),
            BodySize = read.Decimal(nameof(CardSetup.BodySize)),
            NoteSize = read.Decimal(nameof(CardSetup.NoteSize)),
            ParagraphSpacing = read.Decimal(nameof(CardSetup.ParagraphSpacing)),
        });
    }

    private static PageSetup PageOf(ObjectValue value)
    {
        var read = new ThemeFieldReader(value);
        return read.Located(new PageSetup
        {
            Width = read.Decimal(nameof(PageSetup.Width)),
            Height = read.Decimal(nameof(PageSetup.Height)),
            MarginTop = read.Decimal(nameof(PageSetup.MarginTop)),
            MarginBottom = read.Decimal(nameof(PageSetup.MarginBottom)),
            MarginLeft = read.Decimal(nameof(PageSetup.MarginLeft)),
            MarginRight = read.Decimal(nameof(PageSetup.MarginRight)),
        });
    }

    private static FontSpec FontOf(ObjectValue value)
    {
        var read = new ThemeFieldReader(value);
        return read.Located(new FontSpec
        {
            Families = read.List(nameof(FontSpec.Families), ThemeFieldReader.Scalar<string>),
            Size = read.Decimal(nameof(FontSpec.Size)),
        });
    }

    private static Colors ColorsOf(ObjectValue value)
    {
        var read = new ThemeFieldReader(value);
        return read.Located(new Colors
        {
            Text = read.Text(nameof(Colors.Text)),
            Heading = read.Text(nameof(Colors.Heading)),
            Rule = read.Text(nameof(Colors.Rule)),
            TableHeaderBackground = read.Text(nameof(Colors.TableHeaderBackground)),
            ChartSeries = read.List(nameof(Colors.ChartSeries), ThemeFieldReader.Scalar<string>),
        });
    }
}
