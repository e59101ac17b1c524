using FilingForge.Document;

namespace FilingForge.Tests.Writers.Html;

/// <summary>
/// Documents for the HTML writer tests: one with every IR node kind built in code, so the writer is pinned without the
/// parser (the parsed AllNodes.md is pinned beside it).
/// </summary>
internal static class HtmlTestDocuments
{
    private static TextRun T(string text) => new(text);

    private static Inline[] Text(string text) => [new TextRun(text)];

    private static readonly FactContext FiscalYear = new(new FactPeriod(new DateOnly(2002, 1, 1), new DateOnly(2002, 12, 31)), []);

    /// <summary>A numeric fact around printed text and a text block around blocks: a writer that does not tag facts writes their content alone.</summary>
    public static readonly FactTag YearElected = new("f1", "test:YearElected", FiscalYear, Numeric: true, Unit: "pure", Decimals: 0, Scale: 0, Format: "ixt:num-dot-decimal");

    public static readonly FactTag NoteBlock = new("f2", "test:NoteTextBlock", FiscalYear, Numeric: false, Escape: true);

    /// <summary><see cref="AllNodes"/> as an Inline XBRL document: its two facts in a test taxonomy.</summary>
    public static FilingDocument AllNodesInlineXbrl() => AllNodes() with
    {
        InlineXbrl = new InlineXbrlHeader(
            [new XbrlNamespace("test", "http://example.com/test/2002", "https://example.com/test/2002/test.xsd"), new XbrlNamespace("cpst", "http://www.capstoneturbine.com/20021231", null)],
            "http://www.sec.gov/CIK", "0001009759",
            new ExtensionTaxonomy("cpst", "http://www.capstoneturbine.com/20021231", "cpst-20021231", []),
            [new XbrlUnit("pure", "xbrli:pure")],
            [new XbrlConcept("test:YearElected", Duration: true, Numeric: true), new XbrlConcept("test:NoteTextBlock", Duration: true, Numeric: false)],
            []),
    };

    public static FilingDocument AllNodes() => new(
        "all-nodes",
        new DocumentProperties("Every Node — Proxy Statement", "Annual Meeting of Stockholders", "Capstone Turbine Corporation", "FilingForge tests", new DateOnly(2003, 4, 30), Preliminary: false),
        [
            new Section("cover", SectionStyle.Plain,
            [
                new Paragraph(Text("SCHEDULE 14A"), TextAlignment.Center, ParagraphRole.Caption),
                new CheckboxLine([new Checkbox(false, Text("Preliminary Proxy Statement")), new Checkbox(true, [new Strong(Text("Definitive Proxy Statement"))])]),
            ]),
            new TableOfContents(2,
            [
                new TocEntry(1, "Proposal 1 — Election of Directors", "proposal-1"),
                new TocEntry(2, "Nominees", "nominees"),
                new TocEntry(3, "Too deep for the contents", "deep"),
                new TocEntry(1, "Summary Compensation Table", "summary-compensation"),
            ]),
            new PageBreak(),
            new Heading(1, Text("Proposal 1 — Election of Directors"), "proposal-1"),
            new Paragraph(
            [
                T("The Board recommends a vote "), new Strong(Text("FOR")), T(" each nominee. Mr. Marcoux "),
                new Emphasis(Text("(Jean-René)")), T(" was elected in "), new TaggedText(YearElected, Text("2002")), new FootnoteReference("1"), T("; see "),
                new InternalLink("summary-compensation", Text("the table")), T(". "), new Underline(Text("Defined term")),
                T(" and a line"), new LineBreak(), T("break. Date: "), new FillInBlank(12), T(". Vote at "),
                new WebAddress("http://www.proxyvote.com", Text("www.proxyvote.com")), T("."),
            ]),
            new Heading(2, Text("Nominees"), "nominees"),
            new ListBlock(false, 1,
            [
                [new Paragraph(Text("Eliot G. Protsch, Chairman"))],
                [new Paragraph(Text("Ake Almgren")), new Paragraph(Text("President and Chief Executive Officer"), TextAlignment.Left, ParagraphRole.Note)],
            ]),
            new ListBlock(true, 3, [[new Paragraph(Text("Third item"))], [new Paragraph(Text("Fourth item"))]]),
            new TaggedBlocks(NoteBlock,
            [
                new Heading(3, Text("A third-level heading"), "deep"),
                new Paragraph(Text("Footnotes and legends are set in the smaller note type."), TextAlignment.Right, ParagraphRole.Note),
            ]),
            SummaryCompensation(),
            PerformanceGraph(),
            new Section("card-face", SectionStyle.NewPage,
            [
                new Paragraph([new Strong(Text("THIS PROXY IS SOLICITED ON BEHALF OF THE BOARD OF DIRECTORS"))], TextAlignment.Center),
                new Section("voting-panel", SectionStyle.Boxed,
                [
                    new Paragraph(Text("Vote by Internet, telephone or mail. Control number:"), TextAlignment.Left),
                    new Paragraph([new FillInBlank(16)], TextAlignment.Left),
                ]),
                new CheckboxLine([new Checkbox(false, Text("FOR")), new Checkbox(false, Text("AGAINST")), new Checkbox(false, Text("ABSTAIN"))]),
                new SignatureBlock([new SignatureLine("Signature", null), new SignatureLine("Date", null), new SignatureLine("Name", "Karen Clark")]),
                new DetachLine("FOLD AND DETACH HERE"),
            ]),
        ]);

    public static Table SummaryCompensation() => new(
        "summary-compensation",
        Text("Summary Compensation Table"),
        [
            new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 3m),
            new TableColumn("year", ColumnKind.Text, TextAlignment.Center, 1m),
            new TableColumn("salary", ColumnKind.Money, TextAlignment.Right, 1.5m),
            new TableColumn("bonus", ColumnKind.Money, TextAlignment.Right, 1.5m),
            new TableColumn("options", ColumnKind.Number, TextAlignment.Right, 1.5m),
        ],
        [
            new TableRow(
            [
                new TableCell(Text("Name and Principal Position"), TextAlignment.Left, RowSpan: 2),
                new TableCell(Text("Year"), TextAlignment.Center, RowSpan: 2),
                new TableCell([T("Annual Compensation"), new FootnoteReference("1")], TextAlignment.Center, ColSpan: 2),
                new TableCell(Text("Long-Term Compensation Awards"), TextAlignment.Center),
            ]),
            new TableRow(
            [
                new TableCell(Text("Salary ($)"), TextAlignment.Center),
                new TableCell(Text("Bonus ($)"), TextAlignment.Center),
                new TableCell([T("Securities Underlying"), new LineBreak(), T("Options (#)")], TextAlignment.Center),
            ]),
        ],
        [
            new TableRow(
            [
                new TableCell([T("Ake Almgren"), new FootnoteReference("2")]),
                new TableCell(Text("2002"), TextAlignment.Center),
                new TableCell(Text("$372,281"), TextAlignment.Right),
                new TableCell(Text("—"), TextAlignment.Right),
                new TableCell(Text("150,000"), TextAlignment.Right),
            ], KeepGroup: 1),
            new TableRow(
            [
                new TableCell(Text("President and Chief Executive Officer"), RowSpan: 2),
                new TableCell(Text("2001"), TextAlignment.Center),
                new TableCell(Text("351,346"), TextAlignment.Right),
                new TableCell(Text("—"), TextAlignment.Right),
                new TableCell(Text("—"), TextAlignment.Right),
            ], KeepGroup: 1),
            new TableRow(
            [
                new TableCell(Text("2000"), TextAlignment.Center),
                new TableCell(Text("279,877"), TextAlignment.Right),
                new TableCell(Text("$100,000"), TextAlignment.Right),
                new TableCell(Text("350,000"), TextAlignment.Right),
            ], KeepGroup: 1),
            new TableRow(
            [
                new TableCell(Text("Total")),
                new TableCell([]),
                new TableCell(Text("$1,003,504"), TextAlignment.Right),
                new TableCell(Text("$100,000"), TextAlignment.Right),
                new TableCell(Text("500,000"), TextAlignment.Right),
            ], Kind: RowKind.Total),
        ],
        [
            new TableFootnote("1", Text("Perquisites were less than the lesser of $50,000 or 10% of salary and bonus.")),
            new TableFootnote("2", [T("Dr. Almgren’s agreement is described under "), new Emphasis(Text("Employment Agreements")), T(".")]),
        ]);

    public static Chart PerformanceGraph()
    {
        string[] categories = ["Jun-00", "Dec-00", "Jun-01", "Dec-01", "Jun-02", "Dec-02"];
        ChartSeries[] series =
        [
            new("Capstone Turbine Corporation", [100m, 62m, 49m, 12m, 4m, 2m]),
            new("Nasdaq Index", [100m, 62m, 54m, 49m, 37m, 34m]),
            new("SCPT Peer Group", [100m, 65m, 66m, 37m, 18m, 10m]),
        ];
        var table = new Table(
            "performance-graph-data",
            [],
            [
                new TableColumn("period", ColumnKind.Text, TextAlignment.Left, 1m),
                .. series.Select((s, i) => new TableColumn($"s{i}", ColumnKind.Number, TextAlignment.Right, 1m)),
            ],
            [new TableRow([new TableCell([]), .. series.Select(s => new TableCell(Text(s.Name), TextAlignment.Right))])],
            categories.Select((c, row) => new TableRow(
                [new TableCell(Text(c)), .. series.Select(s => new TableCell(Text(s.Values[row].ToString(System.Globalization.CultureInfo.InvariantCulture)), TextAlignment.Right))])).ToArray(),
            []);
        return new Chart("performance-graph", "Comparison of Cumulative Total Return", categories, series, "Value of $100 invested", table);
    }

    public const string Script = "<script>alert(\"x\")</script>";
    public static readonly string LongWord = string.Concat(Enumerable.Repeat("Supercalifragilistic", 15));

    /// <summary>Markup metacharacters, a script, quotes, non-ASCII names and a very long word in every place text goes.</summary>
    public static FilingDocument Hostile()
    {
        var nasty = $"{Script} Smith & Jones \"quoted\" 'single' <b>not bold</b> &amp; Jean-René Marcoux of Hydro-Québec — ½ {LongWord}";
        Inline[] text = [new TextRun(nasty)];
        var table = new Table(
            "hostile-table",
            text,
            [new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 2m), new TableColumn("shares", ColumnKind.Number, TextAlignment.Right, 1m)],
            [new TableRow([new TableCell(text), new TableCell(Text("Shares"), TextAlignment.Right)])],
            [new TableRow([new TableCell(text), new TableCell(Text("1,000"), TextAlignment.Right)])],
            [new TableFootnote("1", text)]);
        var chart = new Chart(
            "hostile-chart", nasty, ["Jun-00", nasty],
            [new ChartSeries(nasty, [100m, 50m]), new ChartSeries("Hydro-Québec", [100m, 120m])],
            nasty, table with { Id = "hostile-chart-data" });
        return new FilingDocument(
            "hostile",
            new DocumentProperties(nasty, nasty, nasty, nasty, new DateOnly(2003, 4, 30), Preliminary: false),
            [
                new Heading(1, text, "hostile-heading"),
                new Paragraph([.. text, new Strong(text), new Emphasis(text), new Underline(text), new FootnoteReference("<1>"),
                    new InternalLink("hostile-heading", text)]),
                new ListBlock(false, 1, [[new Paragraph(text)]]),
                new TableOfContents(1, [new TocEntry(1, nasty, "hostile-heading")]),
                new CheckboxLine([new Checkbox(true, text)]),
                new SignatureBlock([new SignatureLine(nasty, nasty)]),
                new DetachLine(nasty),
                new Section(nasty, SectionStyle.Boxed, [new Paragraph(text)]),
                table,
                chart,
            ]);
    }
}
