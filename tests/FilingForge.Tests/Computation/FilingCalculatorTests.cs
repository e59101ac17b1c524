using FilingForge.Computation;
using FilingForge.Tests.Checks;
using FilingForge.Values;

namespace FilingForge.Tests.Computation;

public sealed class FilingCalculatorTests
{
    private static ComputedFiling Computed(Action<SampleData>? change = null)
    {
        var data = SampleData.Load();
        change?.Invoke(data);
        return FilingCalculator.Compute(data.Values());
    }

    [Fact]
    public void Fee_totals_are_the_sums_of_the_categories_per_year()
    {
        var fees = Computed(f => f.Set("auditor-fees.yaml#years[1].total", "630000")).AuditorFees;
        Assert.Equal<(decimal?, decimal)>([(2002m, 448_000m), (2001m, 721_000m)], fees.Select(y => (y.Year.Number("year"), y.Total)));
    }

    [Fact]
    public void All_other_compensation_is_the_stated_amount_or_the_sum_of_its_components()
    {
        var rows = Computed().SummaryCompensation;
        Assert.Equal(62_868m, rows.Single(r => r.Person.Text("id") == "clark").AllOtherCompensation);
        Assert.Equal(236_813m, rows.First(r => r.Person.Text("id") == "chambers").AllOtherCompensation);
        Assert.Null(rows.First(r => r.Person.Text("id") == "almgren").AllOtherCompensation);
        Assert.Equal([true, false, false], rows.Where(r => r.Person.Text("id") == "almgren").Select(r => r.IsFirstYearOfOfficer));
    }

    [Fact]
    public void Option_grant_rows_carry_percent_term_and_potential_realizable_values()
    {
        var rows = Computed().OptionGrants;
        Assert.Equal(6, rows.Count);
        var clark = rows.Where(r => r.Person.Text("id") == "clark").ToArray();
        Assert.Equal([true, false], clark.Select(r => r.IsFirstGrantOfRecipient));
        Assert.Equal(6.12m, clark[0].PercentOfTotal);
        Assert.Equal(10, clark[0].TermYears);
        Assert.Equal([1_034_532m, 2_621_706m], clark[0].PotentialRealizableValues);
        Assert.Equal([59_431m, 150_609m], clark[1].PotentialRealizableValues);
        var chambers = rows.Single(r => r.Person.Text("id") == "chambers");
        Assert.Null(chambers.Grant);
        Assert.Empty(chambers.PotentialRealizableValues);
    }

    [Fact]
    public void The_market_price_at_grant_is_used_when_given()
    {
        var rows = Computed(f => f.Set("option-grants.yaml#recipients[0].grants[0].market_price", "2.00")).OptionGrants;
        // 150,000 × (2.00 × 1.05^10 − 1.89) = 205,168.39
        Assert.Equal(205_168m, rows[0].PotentialRealizableValues[0]);
    }

    [Fact]
    public void Ownership_rows_follow_the_basis_of_the_ownership_file()
    {
        var rule = Computed();
        Assert.Equal(2.51m, rule.Ownership[0].PercentOfClass);
        Assert.False(rule.Ownership[0].LessThanOnePercent);
        Assert.True(rule.Ownership[1].LessThanOnePercent);
        Assert.Equal(6.65m, rule.OwnershipGroup!.PercentOfClass);
        Assert.Null(rule.OwnershipGroup.Person);

        var seed = Computed(f => f.Set("beneficial-ownership.yaml#percent_basis", "outstanding_only"));
        Assert.Equal(2.58m, seed.Ownership[0].PercentOfClass);
        Assert.Equal(6.67m, seed.OwnershipGroup!.PercentOfClass);
    }

    [Fact]
    public void Performance_series_are_indexed_to_the_initial_investment_in_whole_dollars()
    {
        var graph = Computed(f => f.Set("performance-graph.yaml#series[0].values", "[16.20, 10.05, 7.94, 1.94, 0.65, 0.324]")).PerformanceGraph;
        Assert.Equal([100m, 62m, 49m, 12m, 4m, 2m], graph.Series[0].Indexed);
        Assert.Equal([100m, 65m, 66m, 37m, 18m, 10m], graph.Series[2].Indexed);
    }

    [Fact]
    public void Committee_seats_list_each_person_s_committees_and_chairs()
    {
        var seats = Computed().SeatsByPerson;
        Assert.Equal([("audit", true), ("nominating", false)], seats["aube"].Select(s => (s.Committee.Text("id"), s.IsChair)));
        Assert.Equal([("compensation", false), ("nominating", true)], seats["protsch"].Select(s => (s.Committee.Text("id"), s.IsChair)));
        Assert.False(seats.ContainsKey("clark"));
    }

    [Fact]
    public void Nominees_are_the_directors_marked_nominee_in_file_order_and_the_card_follows_them_by_default()
    {
        var computed = Computed();
        Assert.Equal(["protsch", "jaggers", "marcoux", "young"], computed.Nominees.Select(d => d.Text("person")));
        Assert.Equal(["Eliot G. Protsch", "John Jaggers", "Jean-Rene Marcoux", "Eric Young"], computed.CardNominees.Select(p => p.Text("name")));
    }

    [Fact]
    public void The_card_prints_its_own_nominee_list_when_given()
    {
        var computed = Computed(f => f.Set("proxy-card.yaml#nominees", "[young, protsch]"));
        Assert.Equal(["Eric Young", "Eliot G. Protsch"], computed.CardNominees.Select(p => p.Text("name")));
    }
}
