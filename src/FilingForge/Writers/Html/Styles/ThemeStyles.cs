using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Writers.Html.Styles;

/// <summary>
/// Every look the HTML writers use, computed once from the <see cref="Theme"/>. Both dialects share these:
/// the preview writes them into its style sheet, the EDGAR dialect inlines them, so the two agree by construction.
/// </summary>
public sealed class ThemeStyles
{
    public ThemeStyles(Theme theme, DiagnosticBag diagnostics, SourceLocation location)
    {
        var css = new CssValues(diagnostics, location);
        var bodyFamily = css.FontFamilies(theme.BodyFont);
        var text = css.Color(theme.Colors.Text, "text colour");
        var headingColor = css.Color(theme.Colors.Heading, "heading colour");
        TextColor = text;
        RuleColor = css.Color(theme.Colors.Rule, "rule colour");
        SeriesColors = theme.Colors.ChartSeries.Count == 0 ? [text] : theme.Colors.ChartSeries.Select(c => css.Color(c, "chart series colour")).ToArray();
        var rule = $"{CssValues.Points(theme.TableRuleWidth)} solid {RuleColor}";
        var dashed = $"{CssValues.Points(theme.TableRuleWidth)} dashed {RuleColor}";
        var spacing = CssValues.Points(theme.ParagraphSpacing);

        CssDeclaration[] FontOf(FontSpec font, bool alwaysFamily = false)
        {
            var family = css.FontFamilies(font);
            var size = new CssDeclaration("font-size", CssValues.Points(font.Size));
            var lineHeight = new CssDeclaration("line-height", CssValues.Points(font.Size + theme.Leading));
            return family == bodyFamily && !alwaysFamily
                ? [size, lineHeight]
                : [D("font-family", family), size, lineHeight];
        }

        NoteFontFamily = css.FontFamilies(theme.NoteFont);
        Body = HtmlStyle.Element("body", [
            D("font-family", bodyFamily), D("font-size", CssValues.Points(theme.BodyFont.Size)),
            D("line-height", CssValues.Points(theme.BodyFont.Size + theme.Leading)), D("color", text),
            D("overflow-wrap", "break-word"),
        ]);
        Headings = Enumerable.Range(1, 6).Select(level => HeadingStyle(level, theme, css, bodyFamily, headingColor, spacing)).ToArray();
        HeadingLooks = Headings.Skip(1).Select(h => HtmlStyle.Class($"{h.Name}-look", [.. h.Declarations])).ToArray();
        Paragraph = HtmlStyle.Element("p", D("margin", $"0 0 {spacing} 0"), D("text-align", "justify"));
        Note = HtmlStyle.Class("note", FontOf(theme.NoteFont));
        Caption = HtmlStyle.Class("caption", D("font-weight", "bold"), D("text-align", "center"));
        List = HtmlStyle.Class("list", D("margin", $"0 0 {spacing} 0"));
        ListItem = HtmlStyle.Class("list-item", D("margin", $"0 0 {CssValues.Points(theme.ParagraphSpacing / 2)} 0"));
        // A "(1)" or "(a)" list prints its own markers (HTML numbers only "1." and "a."), hung in the PDF's list indent.
        MarkedLists = new Dictionary<ListNumberStyle, HtmlStyle>
        {
            [ListNumberStyle.ParenthesizedDecimal] = HtmlStyle.Class("paren-decimal", D("list-style-type", "none"), D("padding-left", ListIndent)),
            [ListNumberStyle.ParenthesizedLowerAlpha] = HtmlStyle.Class("paren-lower-alpha", D("list-style-type", "none"), D("padding-left", ListIndent)),
        };
        HangingItem = HtmlStyle.Class("hanging", D("text-indent", "-" + ListIndent));
        Table = HtmlStyle.Element("table", [
            D("width", "100%"), D("border-collapse", "collapse"), .. FontOf(theme.TableFont, alwaysFamily: true),
            D("margin", $"{spacing} 0 {spacing} 0"),
        ]);
        TableCaption = HtmlStyle.Element("caption", D("font-weight", "bold"), D("text-align", "center"), D("margin-bottom", spacing));
        HeaderCell = HtmlStyle.Element("th", D("font-weight", "bold"), D("vertical-align", "bottom"), D("padding", "1pt 3pt"));
        HeaderRule = HtmlStyle.Class("rule", D("border-bottom", rule));
        HeaderBackground = HtmlStyle.Element("thead", D("background-color", css.Color(theme.Colors.TableHeaderBackground, "table header background")));
        BodyCell = HtmlStyle.Element("td", D("vertical-align", "top"), D("padding", "1pt 3pt"));
        TotalCell = HtmlStyle.Class("total", D("border-top", rule));
        NumberCell = HtmlStyle.Class("num", D("white-space", "nowrap"));
        // A raised footnote marker must not open its line: a table row holding one kept a lower baseline than its neighbours.
        FootnoteMarker = HtmlStyle.Element("sup", D("line-height", "0"));
        // A table's note hangs its marker in the list indent, as the PDF and Word set it.
        TableNote = HtmlStyle.Class("table-note", [.. FontOf(theme.NoteFont), D("margin", $"0 0 {CssValues.Points(theme.ParagraphSpacing / 2)} 0"), D("text-align", "justify"),
            D("padding-left", ListIndent), D("text-indent", "-" + ListIndent)]);
        Alignments = new Dictionary<TextAlignment, HtmlStyle>
        {
            [TextAlignment.Left] = HtmlStyle.Class("left", new CssDeclaration("text-align", "left")),
            [TextAlignment.Center] = HtmlStyle.Class("center", new CssDeclaration("text-align", "center")),
            [TextAlignment.Right] = HtmlStyle.Class("right", new CssDeclaration("text-align", "right")),
            [TextAlignment.Justify] = HtmlStyle.Class("justify", new CssDeclaration("text-align", "justify")),
        };
        Toc = HtmlStyle.Class("toc", D("list-style-type", "none"), D("margin", $"0 0 {spacing} 0"), D("padding-left", "0"));
        TocLevels = Enumerable.Range(1, 6)
            .Select(level => HtmlStyle.Class($"toc-{level}", new CssDeclaration("margin-left", CssValues.Points((level - 1) * 18))))
            .ToArray();
        CheckboxLine = HtmlStyle.Class("checkboxes", D("margin", $"0 0 {spacing} 0"), D("text-align", "left"));
        SignatureBlock = HtmlStyle.Class("signature-block", D("margin", $"{CssValues.Points(theme.ParagraphSpacing * 2)} 0 {spacing} 0"));
        SignatureRule = HtmlStyle.Class("signature-rule", D("width", "252pt"), D("border-bottom", rule), D("padding-top", "18pt"));
        SignatureLabel = HtmlStyle.Class("signature-label", [.. FontOf(theme.NoteFont), D("margin-bottom", spacing)]);
        DetachLine = HtmlStyle.Class("detach", [
            .. FontOf(theme.NoteFont), D("border-top", dashed), D("margin", "18pt 0 18pt 0"),
            D("padding-top", "2pt"), D("text-align", "center"),
        ]);
        Boxed = HtmlStyle.Class("boxed", D("border", rule), D("padding", "6pt"), D("margin", $"0 0 {spacing} 0"));
        PageBreak = HtmlStyle.Class("page-break", D("page-break-after", "always"));
        ChartTitle = HtmlStyle.Class("chart-title", D("font-weight", "bold"), D("text-align", "center"), D("margin", $"{spacing} 0 {spacing} 0"));
        ChartLegend = HtmlStyle.Class("chart-legend", [.. FontOf(theme.NoteFont), D("text-align", "center"), D("font-style", "italic")]);
    }

    /// <summary>The note font's family list, for text outside the styles (the printed page footer).</summary>
    public string NoteFontFamily { get; }
    public string TextColor { get; }
    public string RuleColor { get; }
    /// <summary>The chart series colours in order (never empty: the text colour when the theme names none).</summary>
    public IReadOnlyList<string> SeriesColors { get; }
    public HtmlStyle Body { get; }
    public IReadOnlyList<HtmlStyle> Headings { get; }
    /// <summary>The look of headings 2–6 as classes, for a heading ranked higher in the HTML outline than its level (<see cref="HeadingOutline"/>).</summary>
    public IReadOnlyList<HtmlStyle> HeadingLooks { get; }
    public HtmlStyle Paragraph { get; }
    public HtmlStyle Note { get; }
    public HtmlStyle Caption { get; }
    public HtmlStyle List { get; }
    public HtmlStyle ListItem { get; }
    /// <summary>How far a list's text is indented, the PDF's list indent: a hung marker sits in it.</summary>
    public const string ListIndent = "18pt";
    public IReadOnlyDictionary<ListNumberStyle, HtmlStyle> MarkedLists { get; }
    /// <summary>An item whose marker is printed text (EDGAR's dialects): its first line hangs back into the list's indent.</summary>
    public HtmlStyle HangingItem { get; }
    public HtmlStyle Table { get; }
    public HtmlStyle TableCaption { get; }
    public HtmlStyle HeaderCell { get; }
    public HtmlStyle HeaderRule { get; }
    public HtmlStyle HeaderBackground { get; }
    public HtmlStyle BodyCell { get; }
    public HtmlStyle TotalCell { get; }
    public HtmlStyle NumberCell { get; }
    public HtmlStyle FootnoteMarker { get; }
    public HtmlStyle TableNote { get; }
    public IReadOnlyDictionary<TextAlignment, HtmlStyle> Alignments { get; }
    public HtmlStyle Toc { get; }
    public IReadOnlyList<HtmlStyle> TocLevels { get; }
    public HtmlStyle CheckboxLine { get; }
    public HtmlStyle SignatureBlock { get; }
    public HtmlStyle SignatureRule { get; }
    public HtmlStyle SignatureLabel { get; }
    public HtmlStyle DetachLine { get; }
    public HtmlStyle Boxed { get; }
    public HtmlStyle PageBreak { get; }
    public HtmlStyle ChartTitle { get; }
    public HtmlStyle ChartLegend { get; }

    private static CssDeclaration D(string property, string value) => new(property, value);

    public HtmlStyle Heading(int level) => Headings[Math.Clamp(level, 1, 6) - 1];

    /// <summary>The look of a heading of <paramref name="level"/> written as an <c>h</c><paramref name="rank"/> element.</summary>
    public IReadOnlyList<HtmlStyle> Heading(int level, int rank) =>
        rank == level ? [Heading(level)] : [Heading(rank), HeadingLooks[Math.Clamp(level, 2, 6) - 2]];

    public HtmlStyle Alignment(TextAlignment alignment) => Alignments[alignment];

    /// <summary>The class of an ordered list whose <paramref name="style"/> HTML cannot number by itself.</summary>
    public HtmlStyle MarkedList(ListNumberStyle style) => MarkedLists[style];

    public HtmlStyle TocLevel(int level) => TocLevels[Math.Clamp(level, 1, 6) - 1];

    /// <summary>Every style, in a fixed order, for the preview's style sheet (element rules first, so classes override them).</summary>
    public IEnumerable<HtmlStyle> All()
    {
        IEnumerable<HtmlStyle> all =
        [
            Body, .. Headings, Paragraph, Table, TableCaption, HeaderCell, HeaderBackground, BodyCell,
            Note, Caption, List, ListItem, .. MarkedLists.OrderBy(m => m.Key).Select(m => m.Value), HangingItem, HeaderRule, TotalCell, NumberCell, FootnoteMarker, TableNote,
            Toc, .. TocLevels, CheckboxLine, SignatureBlock, SignatureRule, SignatureLabel, DetachLine, Boxed, PageBreak,
            ChartTitle, ChartLegend, .. HeadingLooks,
            .. new[] { TextAlignment.Left, TextAlignment.Center, TextAlignment.Right, TextAlignment.Justify }.Select(a => Alignments[a]),
        ];
        return all;
    }

    private static HtmlStyle HeadingStyle(int level, Theme theme, CssValues css, string bodyFamily, string color, string spacing)
    {
        var size = level <= theme.HeadingSizes.Count ? theme.HeadingSizes[level - 1] : theme.HeadingFont.Size;
        var family = css.FontFamilies(theme.HeadingFont);
        var declarations = new List<CssDeclaration>();
        if (family != bodyFamily) declarations.Add(D("font-family", family));
        declarations.Add(D("font-size", CssValues.Points(size)));
        declarations.Add(D("line-height", CssValues.Points(size + theme.Leading)));
        declarations.Add(D("font-weight", "bold"));
        declarations.Add(D("color", color));
        // Section titles of a proxy statement are centred; subheadings sit at the left margin.
        declarations.Add(D("text-align", level == 1 ? "center" : "left"));
        declarations.Add(D("margin", $"{CssValues.Points(theme.ParagraphSpacing * 2)} 0 {spacing} 0"));
        declarations.Add(D("page-break-after", "avoid"));
        return HtmlStyle.Element($"h{level}", [.. declarations]);
    }
}
