using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Profiles.Xbrl;
using FilingForge.Templating;
using FilingForge.Templating.Xbrl;

namespace FilingForge.Tests.Templating;

/// <summary>
/// The Template stage's tagger marks exactly the printed figure of a declared field as its fact, with the period of
/// the row's fiscal year, and refuses a tag whose printed figure does not state the value.
/// </summary>
public sealed class FactTaggerTests
{
    private static readonly XbrlFactShape NetIncome = new("us-gaap:NetIncomeLoss", [], Scale: 6, Decimals: -6, Negate: false);

    private static XbrlDeclaration Declaration(XbrlFactShape netIncome) => new(
        "statement",
        new XbrlEntityDeclaration("http://www.sec.gov/CIK", "company.cik", "meeting.fiscal_year_end", "company.ticker", "company.website"),
        [new XbrlTaxonomyDeclaration("ecd", "http://xbrl.sec.gov/ecd/2023", "https://xbrl.sec.gov/ecd/2023/ecd-2023.xsd"),
         new XbrlTaxonomyDeclaration("us-gaap", "http://fasb.org/us-gaap/2023", "https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd")],
        [new XbrlUnitDeclaration("USD", "iso4217:USD")],
        new Dictionary<string, XbrlConceptDeclaration>
        {
            ["us-gaap:NetIncomeLoss"] = new("us-gaap:NetIncomeLoss", XbrlConceptKind.Monetary, true, "USD", null),
            ["ecd:AdjToCompAmt"] = new("ecd:AdjToCompAmt", XbrlConceptKind.Monetary, true, "USD", null),
            ["ecd:MeasureName"] = new("ecd:MeasureName", XbrlConceptKind.Text, true, null, null),
            ["ecd:PvpTableTextBlock"] = new("ecd:PvpTableTextBlock", XbrlConceptKind.TextBlock, true, null, null),
        },
        [new XbrlMemberDeclaration("PensionMember", "Pension", "ecd:AdjToCompAxis")],
        [
            new XbrlFieldFact("pay-versus-performance.years.net_income", "year", netIncome),
            new XbrlFieldFact("pay-versus-performance.years.peo.pension", "year",
                new XbrlFactShape("ecd:AdjToCompAmt", [("ecd:AdjToCompAxis", "ext:PensionMember")], null, null, false)),
        ],
        new Dictionary<string, XbrlNamedFact>
        {
            ["measure_name"] = new("measure_name", "meeting.fiscal_year", new XbrlFactShape("ecd:MeasureName", [], null, null, false), "ecd:MeasureAxis"),
            ["pvp_table"] = new("pvp_table", "meeting.fiscal_year", new XbrlFactShape("ecd:PvpTableTextBlock", [], null, null, false), null),
        },
        []) { ReportingYear = "meeting.fiscal_year" };

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["company"] = new Dictionary<string, object?> { ["cik"] = "0000016040", ["ticker"] = "CBT", ["website"] = "www.cabotcorp.com" },
        ["meeting"] = new Dictionary<string, object?> { ["fiscal_year"] = 2023m, ["fiscal_year_end"] = new DateOnly(2023, 9, 30) },
    };

    private static readonly Dictionary<string, object?> Row2022 = new() { ["year"] = 2022m };

    private static (FactTagger Tagger, DiagnosticBag Diagnostics) Tagger(XbrlFactShape? netIncome = null)
    {
        var diagnostics = new DiagnosticBag();
        return (FactTagger.For(Declaration(netIncome ?? NetIncome), "statement", Root, diagnostics)!, diagnostics);
    }

    [Fact]
    public void A_figure_printed_in_millions_is_marked_around_its_digits_for_the_rows_fiscal_year()
    {
        var (tagger, diagnostics) = Tagger();

        var marked = tagger.TableValue("pvp", "pay_versus_performance.years", "net_income", Row2022, 209_000_000m, "$209 M");

        Assert.Empty(diagnostics.Items);
        Assert.Equal("$[[fact:f1]]209[[/fact]] M", marked);
        var tag = tagger.Facts["f1"];
        Assert.Equal((6, -6, "ixt:num-dot-decimal", "USD"), (tag.Scale!.Value, tag.Decimals!.Value, tag.Format, tag.Unit));
        Assert.Equal(new FactPeriod(new DateOnly(2021, 10, 1), new DateOnly(2022, 9, 30)), tag.Context.Period);
    }

    [Fact]
    public void A_printed_figure_that_does_not_state_the_value_at_the_declared_scale_is_FF5022_and_left_unmarked()
    {
        var (tagger, diagnostics) = Tagger(NetIncome with { Scale = null, Decimals = null });

        var printed = tagger.TableValue("pvp", "pay_versus_performance.years", "net_income", Row2022, 209_000_000m, "$209 M");

        Assert.Equal("$209 M", printed);
        Assert.Equal("FF5022", Assert.Single(diagnostics.Items).Id);
        Assert.Empty(tagger.Facts);
    }

    [Fact]
    public void A_zero_printed_as_a_dash_is_a_fixed_zero_fact_of_the_company_member()
    {
        var (tagger, _) = Tagger();

        var marked = tagger.TableValue("cap", "pay_versus_performance.years", "peo.pension", Row2022, 0m, "\u2014");

        Assert.Equal("[[fact:f1]]\u2014[[/fact]]", marked);
        Assert.Equal("ixt:fixed-zero", tagger.Facts["f1"].Format);
        Assert.Equal(new FactDimension("ecd:AdjToCompAxis", "cbt:PensionMember"), Assert.Single(tagger.Facts["f1"].Context.Dimensions));
    }

    [Fact]
    public void A_negative_printed_in_parentheses_carries_the_sign()
    {
        var (tagger, _) = Tagger();

        tagger.TableValue("cap", "pay_versus_performance.years", "peo.pension", Row2022, -1234m, "$(1,234)");

        Assert.True(tagger.Facts["f1"].Negated);
    }

    [Fact]
    public void A_field_the_profile_does_not_tag_prints_as_it_is()
    {
        var (tagger, _) = Tagger();

        Assert.Equal("$5", tagger.TableValue("pvp", "pay_versus_performance.years", "total_shareholder_return", Row2022, 5m, "$5"));
        Assert.Empty(tagger.Facts);
    }

    [Fact]
    public void Decimals_the_profile_leaves_open_are_those_the_printed_figure_shows()
    {
        var (tagger, diagnostics) = Tagger(NetIncome with { Scale = null, Decimals = null });

        tagger.TableValue("pvp", "pay_versus_performance.years", "net_income", Row2022, 143.45m, "$143.45");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(2, tagger.Facts["f1"].Decimals);
    }

    [Fact]
    public void Fiscal_years_that_end_on_the_last_day_of_February_neither_overlap_nor_leave_a_gap()
    {
        var leap = FiscalYears.Of(2024, new DateOnly(2023, 2, 28));
        var next = FiscalYears.Of(2025, new DateOnly(2023, 2, 28));

        Assert.Equal(new FactPeriod(new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29)), leap);
        Assert.Equal(new FactPeriod(new DateOnly(2024, 3, 1), new DateOnly(2025, 2, 28)), next);
        Assert.Equal(new FactPeriod(null, new DateOnly(2024, 2, 29)), FiscalYears.Instant(2024, new DateOnly(2020, 2, 29)));
    }

    [Fact]
    public void A_named_fact_on_a_typed_axis_is_ranked_from_one()
    {
        var (tagger, _) = Tagger();

        Assert.Equal("[[fact:f1]]Adjusted EPS[[/fact]]", tagger.Named("measure_name", "Adjusted EPS", 1m));

        var member = Assert.Single(tagger.Facts["f1"].Context.Dimensions);
        Assert.Equal(new FactDimension("ecd:MeasureAxis", "2", "ecd:MeasureAxis.domain"), member);
        Assert.Equal(new DateOnly(2023, 9, 30), tagger.Facts["f1"].Context.Period.End);
    }

    [Fact]
    public void A_name_the_profile_does_not_declare_is_FF5021()
    {
        var (tagger, _) = Tagger();

        var error = Assert.Throws<TemplateException>(() => tagger.Named("measure_nam", "Adjusted EPS", null));

        Assert.Equal("FF5021", error.Descriptor.Id);
        Assert.Contains("measure_name", error.Message);
    }

    [Fact]
    public void A_text_block_marked_twice_is_one_fact()
    {
        var (tagger, _) = Tagger();

        Assert.Equal(tagger.TextBlockStart("pvp_table"), tagger.TextBlockStart("pvp_table"));
        Assert.True(Assert.Single(tagger.Facts).Value.Escape);
    }

    [Fact]
    public void The_header_names_the_extension_after_the_ticker_and_the_fiscal_year_end()
    {
        var (tagger, _) = Tagger();
        tagger.TableValue("cap", "pay_versus_performance.years", "peo.pension", Row2022, 0m, "\u2014");

        var header = tagger.Header();

        Assert.Equal(("cbt", "http://www.cabotcorp.com/20230930", "cbt-20230930.xsd"), (header.Extension.Prefix, header.Extension.Namespace, header.Extension.SchemaFile));
        Assert.Equal("PensionMember", Assert.Single(header.Extension.Members).Name);
        Assert.Equal("0000016040", header.EntityIdentifier);
        Assert.Equal(["ecd:AdjToCompAmt"], header.Concepts.Select(c => c.QName));
    }
}
