using FilingForge.Document;

namespace FilingForge.Tests.Writers.Xbrl;

/// <summary>
/// A small Pay versus Performance document in Cabot's terms (prefix <c>cbt</c>, period end 2023-09-30): a headline
/// figure, two adjustments on the company's members, a measure name on the typed axis, net income in a paragraph,
/// a text block, and the hidden document type.
/// </summary>
internal static class TaxonomyTestDocuments
{
    public const string EcdSchema = "https://xbrl.sec.gov/ecd/2023/ecd-2023.xsd";
    public const string DeiSchema = "https://xbrl.sec.gov/dei/2023/dei-2023.xsd";
    public const string UsGaapSchema = "https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd";

    private static readonly FactPeriod Fy2023 = new(new DateOnly(2022, 10, 1), new DateOnly(2023, 9, 30));

    public static InlineXbrlHeader Header(IReadOnlyList<ExtensionMember>? members = null) => new(
        [
            new XbrlNamespace("cbt", "http://www.cc.com/20230930", null),
            new XbrlNamespace("dei", "http://xbrl.sec.gov/dei/2023", DeiSchema),
            new XbrlNamespace("ecd", "http://xbrl.sec.gov/ecd/2023", EcdSchema),
            new XbrlNamespace("us-gaap", "http://fasb.org/us-gaap/2023", UsGaapSchema),
            new XbrlNamespace("iso4217", "http://www.xbrl.org/2003/iso4217", null),
        ],
        "http://www.sec.gov/CIK",
        "0000016040",
        new ExtensionTaxonomy("cbt", "http://www.cc.com/20230930", "cbt-20230930", members ??
        [
            new ExtensionMember("ReportedValueOfEquityAwardsMember", "Reported Value of Equity Awards", "ecd:AdjToCompAxis"),
            new ExtensionMember("PensionValuesReportedInSctForCoveredFiscalYearMember", "Pension Values Reported in SCT for Covered Fiscal Year", "ecd:AdjToCompAxis"),
            new ExtensionMember("EquityAwardsAdjustmentsMember", "Equity Awards Adjustments", "ecd:AdjToCompAxis"),
        ]),
        [new XbrlUnit("USD", "iso4217:USD")],
        [
            new XbrlConcept("dei:DocumentType", Duration: true, Numeric: false),
            new XbrlConcept("ecd:PvpTableTextBlock", Duration: true, Numeric: false),
            new XbrlConcept("ecd:PeoTotalCompAmt", Duration: true, Numeric: true),
            new XbrlConcept("ecd:AdjToCompAmt", Duration: true, Numeric: true),
            new XbrlConcept("us-gaap:NetIncomeLoss", Duration: true, Numeric: true),
            new XbrlConcept("ecd:MeasureName", Duration: true, Numeric: false),
        ],
        [new HiddenFact(new FactTag("hidden-doc-type", "dei:DocumentType", Context(), Numeric: false), "DEF 14A")]);

    public static FilingDocument Document(InlineXbrlHeader? header = null, IReadOnlyList<Block>? extraBlocks = null) => new(
        "cabot-def14a",
        new DocumentProperties("Proxy Statement", "Annual Meeting", "Cabot Corporation", "FilingForge tests", new DateOnly(2024, 1, 26), Preliminary: false),
        [
            new Section("pvp", SectionStyle.Plain,
            [
                new TaggedBlocks(new FactTag("pvp-table", "ecd:PvpTableTextBlock", Context(), Numeric: false, Escape: true), [PvpTable()]),
                new Paragraph([new TextRun("Net income was "), new Strong([Money("net-income", "us-gaap:NetIncomeLoss", "474", Context())]), new TextRun(" million.")]),
                new ListBlock(false, 1, [[new Paragraph([new TaggedText(new FactTag("measure-1", "ecd:MeasureName", Context(new FactDimension("ecd:MeasureAxis", "1", "ecd:MeasureAxis.domain")), Numeric: false), [new TextRun("Adjusted EPS")])])]]),
            ]),
            .. extraBlocks ?? [],
        ],
        header ?? Header());

    private static Table PvpTable() => new(
        "pvp",
        [new TextRun("Pay versus Performance")],
        [new TableColumn("year", ColumnKind.Text, TextAlignment.Left, 1), new TableColumn("amount", ColumnKind.Money, TextAlignment.Right, 1)],
        [],
        [
            Row("2023", Money("peo-total-2023", "ecd:PeoTotalCompAmt", "7,791,510", Context())),
            Row("Equity", Money("adj-equity-2023", "ecd:AdjToCompAmt", "5,399,962", Context(Peo, Adjustment("ReportedValueOfEquityAwardsMember")), negated: true)),
            Row("Pension", Money("adj-pension-2023", "ecd:AdjToCompAmt", "26,843", Context(Peo, Adjustment("PensionValuesReportedInSctForCoveredFiscalYearMember")), negated: true)),
        ],
        []);

    private static readonly FactDimension Peo = new("ecd:ExecutiveCategoryAxis", "ecd:PeoMember");

    private static FactDimension Adjustment(string member) => new("ecd:AdjToCompAxis", "cbt:" + member);

    private static TableRow Row(string label, Inline value) => new([new TableCell([new TextRun(label)]), new TableCell([value], TextAlignment.Right)]);

    private static TaggedText Money(string id, string concept, string text, FactContext context, bool negated = false) =>
        new(new FactTag(id, concept, context, Numeric: true, Unit: "USD", Decimals: 0, Format: "ixt:num-dot-decimal", Negated: negated), [new TextRun(text)]);

    public static FactContext Context(params FactDimension[] dimensions) => new(Fy2023, dimensions);
}
