using FilingForge.Tests.Support;
using FilingForge.Values;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The Cabot 2024 sample (profile schedule-14a-2022) passes its checks with exactly the two warnings its filing earns,
/// and each kind of figure the current form ties out is caught, with its ID at its line, when one value is broken.
/// </summary>
public sealed class CabotTieOutTests
{
    private static SampleData Cabot() => SampleData.Load(RepositoryPaths.At("data/cabot-2024"));

    [Fact]
    public void The_Cabot_sample_passes_with_the_one_dollar_footnote_warning_and_the_potential_payment_warning_only()
    {
        var result = Cabot().Check();

        Assert.Equal(
            [
                ("FF2403", result.At("summary-compensation.yaml#executives[4].years[0].all_other_components[2].amount").Line),
                ("FF2418", result.At("termination-payments.yaml#executives[2].scenarios[0].stated_total").Line),
            ],
            result.Diagnostics.Sorted().Select(d => (d.Id, d.Location.Line)));
        Assert.Contains("896,079 but the parts the footnote lists add up to 896,078", result.Diagnostics.Sorted()[0].Message);
    }

    [Theory]
    [InlineData("FF2401", "summary-compensation.yaml#executives[0].years[0].stated_total", "7791511")]
    [InlineData("FF2402", "summary-compensation.yaml#executives[1].years[0].all_other_compensation", "119185")]
    [InlineData("FF2404", "summary-compensation.yaml#executives[0].years[0].pension_and_nqdc_earnings", "26844")]
    [InlineData("FF2405", "director-compensation.yaml#directors[0].stated_total", "230029")]
    [InlineData("FF2406", "plan-based-awards.yaml#recipients[0].awards[0].stated_fair_value", "1619977")]
    [InlineData("FF2408", "pay-versus-performance.yaml#years[0].peo.stated_compensation_actually_paid", "8106850")]
    [InlineData("FF2413", "pay-versus-performance.yaml#years[0].peo.stated_equity_adjustments", "5720070")]
    [InlineData("FF2409", "pay-versus-performance.yaml#years[1].other_neos.stated_compensation_actually_paid", "3901614")]
    [InlineData("FF2414", "pay-versus-performance.yaml#years[0].other_neos.stated_equity_adjustments", "1057110")]
    [InlineData("FF2420", "pay-versus-performance.yaml#years[0].peo.stated_summary_compensation_total", "7791610")]
    [InlineData("FF2421", "pay-versus-performance.yaml#years[1].peo.stated_equity_awards_reported", "4749931")]
    [InlineData("FF2422", "pay-versus-performance.yaml#years[0].peo.stated_pension_value_reported", "4863")]
    [InlineData("FF2426", "pay-versus-performance.yaml#years[0].other_neos.stated_summary_compensation_total", "2247311")]
    [InlineData("FF2427", "pay-versus-performance.yaml#years[0].other_neos.stated_equity_awards_reported", "1024985")]
    [InlineData("FF2428", "pay-versus-performance.yaml#years[0].other_neos.stated_pension_value_reported", "268")]
    [InlineData("FF2410", "pay-ratio.yaml#stated_ratio", "135")]
    [InlineData("FF2412", "pay-ratio.yaml#stated_ceo_total_compensation", "7791500")]
    [InlineData("FF2418", "termination-payments.yaml#executives[0].scenarios[0].stated_total", "18969853")]
    [InlineData("FF2424", "summary-compensation.yaml#executives[0].years[0].stock_awards", "3509912")]
    [InlineData("FF2425", "summary-compensation.yaml#executives[1].years[0].option_awards", "437501")]
    [InlineData("FF2431", "pay-ratio.yaml#ceo", "mclaughlin")]
    [InlineData("FF4116", "meeting.yaml#internet_availability.notice_date", "2024-02-01")]
    [InlineData("FF4117", "meeting.yaml#internet_availability.notice_date", "2024-01-10")]
    [InlineData("FF2431", "pay-versus-performance.yaml#years[1].peo.officers", "[zhu]")]
    [InlineData("FF2431", "pay-versus-performance.yaml#years[0].other_neos.officers", "[keohane, kalita, kalkstein, zhu]")]
    [InlineData("FF2415", "equity-plans.yaml#stated_outstanding_subtotal", "2715612")]
    [InlineData("FF2416", "equity-plans.yaml#stated_total", "5708890")]
    [InlineData("FF2417", "equity-plans.yaml#outstanding_awards[0].stated_percent", "3.1")]
    [InlineData("FF2411", "beneficial-ownership.yaml#principal_holders[2].stated_percent", "8.67")]
    [InlineData("FF2419", "equity-plans.yaml#additional_shares[0].stated_percent", "4.9")]
    [InlineData("FF2430", "auditor-fees.yaml#years[0].total", "4890401")]
    public void A_figure_that_does_not_tie_out_is_reported_with_its_ID_at_its_line(string id, string path, string value)
    {
        var result = Cabot().Set(path, value).Check();

        // A figure that feeds others (a total that Pay versus Performance starts from) breaks those too; the one broken
        // is reported at its own line, under its own ID.
        var reported = result.Diagnostics.Sorted().Select(d => (d.Id, d.Location.Line)).ToList();
        Assert.Contains((id, result.At(path).Line), reported);
    }

    [Fact]
    public void A_tolerance_the_filing_sets_for_stated_percents_holds_only_the_percents_within_it()
    {
        var result = Cabot().Set("beneficial-ownership.yaml#percent_tolerance", "0.005").Check();

        // BlackRock's and Vanguard's percents are rounded (within 0.005); the other three are truncated.
        Assert.Equal(
            new[] { 2, 3, 4 }.Select(i => ("FF2411", result.At($"beneficial-ownership.yaml#principal_holders[{i}].stated_percent").Line)),
            result.Diagnostics.Sorted().Where(d => d.Id == "FF2411").Select(d => (d.Id, d.Location.Line)));
    }

    [Fact]
    public void A_salary_changed_in_the_Summary_Compensation_Table_changes_Pay_versus_Performance_and_the_pay_ratio()
    {
        var values = Cabot().Set("summary-compensation.yaml#executives[0].years[0].salary", "1183750").Set("summary-compensation.yaml#executives[0].years[0].stated_total", "7891510")
            .Set("pay-ratio.yaml#stated_ceo_total_compensation", "7891510").Set("pay-ratio.yaml#stated_ratio", "138")
            .Set("pay-versus-performance.yaml#years[0].peo.stated_compensation_actually_paid", "8206840").Values();

        var peo = values.File("pay-versus-performance").Objects("years")[0].Object("peo")!;
        Assert.Equal(7_891_510m, peo.Number("summary_compensation_total"));
        Assert.Equal(8_206_840m, peo.Number("compensation_actually_paid"));
        Assert.Equal(7_891_510m, values.File("pay-ratio").Number("ceo_total_compensation"));
        Assert.Equal(138m, values.File("pay-ratio").Number("ratio"));
    }

    [Fact]
    public void A_footnote_marker_no_table_can_print_is_FF1033_when_the_data_is_loaded()
    {
        var result = Cabot().Set("summary-compensation.yaml#executives[0].notes", "[\"[x](javascript:alert(1))\"]").Check();

        Assert.Contains(result.Diagnostics.Items, d => d.Id == "FF1033" && d.Message.Contains("letters, digits and '*'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_footnote_marker_that_no_footnote_of_its_file_defines_is_FF3201_at_the_marker()
    {
        var result = Cabot().Set("summary-compensation.yaml#executives[0].notes", "[\"9\"]").Check();

        var error = Assert.Single(result.Diagnostics.Items, d => d.Id == "FF3201");
        Assert.Equal(result.At("summary-compensation.yaml#executives[0].notes").Line, error.Location.Line);
        Assert.Contains("footnote (9) is referenced in the summary-compensation.yaml table but not defined", error.Message);
    }

    [Fact]
    public void A_named_executive_officer_missing_from_a_table_every_officer_needs_is_FF3110_at_the_officer()
    {
        var result = Cabot().Remove("stock-vested.yaml#rows[4]").Check();

        var warning = Assert.Single(result.Diagnostics.Items, d => d.Id == "FF3110");
        Assert.Equal(result.At("summary-compensation.yaml#executives[4].person").Line, warning.Location.Line);
        Assert.Contains("'Jeff Zhu' is in the summary compensation table but not in the option exercises and stock vested table", warning.Message);
    }

    [Fact]
    public void Say_on_pay_and_an_equity_plan_need_no_preliminary_filing()
    {
        var result = Cabot().Check();

        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Id == "FF4101");
    }
}
