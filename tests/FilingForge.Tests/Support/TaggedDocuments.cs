using FilingForge.Document;

namespace FilingForge.Tests.Support;

/// <summary>
/// Documents carrying Inline XBRL tags, for the writers that must render them as if the tags were not there: a small
/// Pay versus Performance disclosure built both with and without its tags, and a rewrite that tags every block and
/// every run of text of any document.
/// </summary>
public static class TaggedDocuments
{
    public static readonly FactContext FiscalYear2023 = new(new FactPeriod(new DateOnly(2022, 10, 1), new DateOnly(2023, 9, 30)), []);

    public static readonly FactContext PeoFiscalYear2023 = FiscalYear2023 with
    {
        Dimensions = [new FactDimension("ecd:ExecutiveCategoryAxis", "ecd:PeoMember")],
    };

    public static readonly FactTag PeoTotalComp = Money("f-peo-total", "ecd:PeoTotalCompAmt", FiscalYear2023);
    public static readonly FactTag PeoActuallyPaid = Money("f-peo-cap", "ecd:PeoActuallyPaidCompAmt", FiscalYear2023);
    public static readonly FactTag EquityDeduction = Money("f-adj", "ecd:AdjToCompAmt", PeoFiscalYear2023) with { Negated = true };
    public static readonly FactTag NoChange = Money("f-zero", "ecd:AdjToCompAmt", PeoFiscalYear2023 with
    {
        Dimensions = [.. PeoFiscalYear2023.Dimensions, new FactDimension("ecd:AdjToCompAxis", "cbt:ForfeitedMember")],
    }) with { Format = "ixt:fixed-zero" };
    public static readonly FactTag PeoName = new("f-peo-name", "ecd:PeoName", FiscalYear2023, Numeric: false);
    public static readonly FactTag PvpTable = new("f-pvp", "ecd:PvpTableTextBlock", FiscalYear2023, Numeric: false, Escape: true);
    public static readonly FactTag Relationships = new("f-rel", "ecd:CompActuallyPaidVsTotalShareholderRtnTextBlock", FiscalYear2023, Numeric: false, Escape: true);

    /// <summary>A tag for the rewrites, where what the tag says does not matter.</summary>
    public static readonly FactTag Any = new("f-any", "ecd:AnyTextBlock", FiscalYear2023, Numeric: false, Escape: true);

    public static readonly DocumentProperties Properties = new("Proxy Statement", "Pay versus Performance", "Cabot Corporation", "FilingForge tests", new DateOnly(2024, 1, 26), false);

    private static FactTag Money(string id, string concept, FactContext context) =>
        new(id, concept, context, Numeric: true, Unit: "USD", Decimals: 0, Format: "ixt:num-dot-decimal");

    /// <summary>
    /// A Pay versus Performance disclosure as the profile would tag it (figures in a table, a negated adjustment, a
    /// fixed-zero dash, a name in running text, the table and a list of relationships as text blocks), or the same
    /// document with no tag at all.
    /// </summary>
    /// <remarks>The untagged document is the tagged one with its tags taken out (<see cref="UntaggedDocuments"/>): its
    /// runs are joined where a tag split them, as the parser gives them when nothing is tagged.</remarks>
    public static FilingDocument PayVersusPerformance(bool tagged) =>
        tagged ? TaggedPayVersusPerformance() : UntaggedDocuments.Untag(TaggedPayVersusPerformance());

    private static FilingDocument TaggedPayVersusPerformance()
    {
        Inline[] Fact(FactTag tag, params Inline[] inlines) => [new TaggedText(tag, inlines)];
        Block[] Blocks(FactTag tag, params Block[] blocks) => [new TaggedBlocks(tag, blocks)];
        TableCell Cell(TextAlignment alignment, params Inline[] inlines) => new(inlines, alignment);
        TableCell Text(string text) => Cell(TextAlignment.Left, new TextRun(text));

        var table = new Table(
            "pay-versus-performance",
            [new TextRun("Pay versus Performance")],
            [
                new TableColumn("year", ColumnKind.Text, TextAlignment.Left, 1),
                new TableColumn("total", ColumnKind.Money, TextAlignment.Right, 1.5m),
                new TableColumn("paid", ColumnKind.Money, TextAlignment.Right, 1.5m),
            ],
            [new TableRow([Text("Year"), Text("Summary Compensation Table Total for PEO ($)"), Text("Compensation Actually Paid to PEO ($)")])],
            [
                new TableRow([Text("2023"), Cell(TextAlignment.Right, [new TextRun("$"), .. Fact(PeoTotalComp, new TextRun("7,563,201"))]),
                    Cell(TextAlignment.Right, [new TextRun("$"), .. Fact(PeoActuallyPaid, new TextRun("12,004,117"))])]),
                new TableRow([Text("Deduction for equity awards"), Cell(TextAlignment.Right, [new TextRun("("), .. Fact(EquityDeduction, new Strong([new TextRun("4,512,000")])), new TextRun(")")]),
                    Cell(TextAlignment.Right, Fact(NoChange, new TextRun("\u2014")))], 0, RowKind.Total),
            ],
            [new TableFootnote("1", [new TextRun("Mr. "), .. Fact(PeoName, new TextRun("Keohane")), new TextRun(" was the PEO in each year.")])]);

        return new FilingDocument("proxy-statement", Properties,
        [
            new Section("cover", SectionStyle.NewPage, [new Paragraph([new TextRun("Notice of Annual Meeting")], TextAlignment.Center)]),
            new Heading(1, [new TextRun("Pay versus Performance")], "pay-versus-performance-heading"),
            new Paragraph([new TextRun("Our PEO, "), .. Fact(PeoName, new Emphasis([new TextRun("Sean D. Keohane")])), new TextRun(", received "),
                new TextRun("$"), .. Fact(PeoTotalComp, new TextRun("7,563,201")), new TextRun(" in 2023.")]),
            .. Blocks(PvpTable, new Paragraph([new TextRun("The table below shows pay and performance.")]), table),
            new Heading(2, [new TextRun("Relationships")], "relationships"),
            .. Blocks(Relationships,
                new Paragraph([new TextRun("Compensation actually paid and TSR:")], TextAlignment.Left),
                new ListBlock(false, 1,
                [
                    [.. Blocks(Any, new Paragraph([new TextRun("moved together in "), .. Fact(PeoName, new TextRun("2023"))]))],
                    [new Paragraph([new TextRun("and apart in 2022.")]), .. Blocks(Any, new Paragraph([new TextRun("See the table.")]))],
                ]),
                new Section("panel", SectionStyle.Boxed, [.. Blocks(Any, new Paragraph([new TextRun("A boxed note.")]))])),
            new Paragraph([new TextRun("End of the disclosure.")], TextAlignment.Left, ParagraphRole.Note),
        ]);
    }

    /// <summary>
    /// The document with every block and every sequence of blocks wrapped in <see cref="TaggedBlocks"/> (nested in one
    /// another too), and every sequence of inlines and every inline's children wrapped in <see cref="TaggedText"/>.
    /// </summary>
    public static FilingDocument TagEverything(FilingDocument document) => Everything.Rewrite(document);

    // An empty list stays empty: a tag always has something to wrap (a cell with nothing in it states no fact).
    private static readonly DocumentRewriter Everything = new(
        blocks => [new TaggedBlocks(Any, blocks.Select(b => (Block)new TaggedBlocks(Any, [b])).ToArray())],
        inlines => inlines.Count == 0 ? inlines : [new TaggedText(Any, inlines)]);
}
