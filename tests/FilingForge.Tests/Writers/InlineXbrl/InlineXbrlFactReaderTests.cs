using FilingForge.Writers.Html.InlineXbrl;

namespace FilingForge.Tests.Writers.InlineXbrl;

public sealed class InlineXbrlFactReaderTests
{
    private static readonly InlineXbrlFacts Valid =
        InlineXbrlFactReader.Read(File.ReadAllBytes(Path.Combine(InlineXbrlCheckerTests.FixtureFolder, "valid.htm")));

    [Fact]
    public void The_valid_fixture_reads_without_errors()
    {
        Assert.Empty(Valid.Errors);
        Assert.Equal("cbt-20230930.xsd", Valid.SchemaRef);
        Assert.Equal(10, Valid.Facts.Count);
    }

    [Theory]
    [InlineData("ecd:PeoTotalCompAmt", "FY2023", "7791510")]
    [InlineData("us-gaap:NetIncomeLoss", "FY2023", "445000000")]
    [InlineData("us-gaap:NetIncomeLoss", "FY2022", "-12000000")]
    [InlineData("ecd:AdjToCompAmt", "FY2023_Peo_Equity", "0")]
    public void Numbers_are_read_after_format_scale_and_sign(string concept, string context, string expected)
    {
        var fact = Valid.Facts.First(f => f.Name == concept && f.ContextRef == context);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fact.Number);
    }

    [Fact]
    public void A_text_block_follows_its_continuation_and_leaves_out_what_is_excluded()
    {
        var block = Assert.Single(Valid.Facts, f => f.Name == "ecd:PvpTableTextBlock");

        Assert.True(block.Escape);
        // Text nodes are joined as they stand: adjacent cells run together, as the specification's string value does.
        Assert.StartsWith("YearTotal compensationNet income (millions) 2023$7,791,510 445", block.Text);
        Assert.EndsWith("Equity awards adjustment: \u2014.", block.Text);
        Assert.DoesNotContain("page 31", block.Text);
    }

    [Fact]
    public void Hidden_facts_are_read_with_their_transformation()
    {
        var hidden = Valid.Facts.Where(f => f.Hidden).ToDictionary(f => f.Name, f => f.Text);

        Assert.Equal(new Dictionary<string, string> { ["dei:DocumentType"] = "DEF 14A", ["dei:AmendmentFlag"] = "false" }, hidden);
    }

    [Fact]
    public void Contexts_carry_their_period_and_both_kinds_of_member()
    {
        var dimensional = Valid.Contexts["FY2023_Peo_Equity"];

        Assert.Equal(("2022-10-01", "2023-09-30"), (dimensional.Period.StartDate, dimensional.Period.EndDate));
        Assert.Equal("cbt:EquityAwardsAdjustmentsMember", dimensional.ExplicitMembers["ecd:AdjToCompAxis"]);
        Assert.Equal("Sean D. Keohane", dimensional.TypedMembers["ecd:IndividualAxis"]);
        Assert.Equal("0000016040", dimensional.EntityIdentifier);
        Assert.True(Valid.Contexts["FYE2023"].Period.IsInstant);
        Assert.Equal(["iso4217:USD"], Valid.Units["USD"].Measures);
    }

    [Fact]
    public void Facts_know_where_they_are()
    {
        var first = Valid.Facts.First(f => f.Name == "ecd:PeoTotalCompAmt");

        Assert.Equal((52, 23), (first.Line, first.Column));
    }

    [Theory]
    [InlineData("num-dot-decimal", "1,234,567.89", "1234567.89")]
    [InlineData("num-dot-decimal", "12a", null)]
    [InlineData("num-dot-decimal", "1.2.3", null)]
    [InlineData("num-comma-decimal", "1.234,5", "1234.5")]
    [InlineData("fixed-zero", "-", "0")]
    [InlineData("date-monthname-day-year-en", "September 30, 2023", "2023-09-30")]
    [InlineData("date-monthname-day-year-en", "Sept. 31, 2023", null)]
    [InlineData("date-month-day-year", "09/30/2023", "2023-09-30")]
    public void Transformations_read_what_their_format_allows(string format, string text, string? expected)
    {
        Assert.Equal(expected, InlineTransformations.Apply(format, text));
    }
}
