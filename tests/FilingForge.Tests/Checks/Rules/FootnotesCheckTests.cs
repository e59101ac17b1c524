using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks.Rules;

public sealed class FootnotesCheckTests
{
    [Fact]
    public void A_referenced_footnote_that_is_not_defined_is_an_error()
    {
        const string aube = "beneficial-ownership.yaml#owners[4].notes";
        var result = SampleData.Load().Add(aube, "\"7\"").Check();
        Expect.Only(result.Diagnostics, "FF3201", result.At(aube));
    }

    [Fact]
    public void A_defined_footnote_that_nothing_refers_to_is_a_warning()
    {
        var result = SampleData.Load().Add("auditor-fees.yaml#footnotes", "{ id: \"9\", text: Nobody refers to this. }").Check();
        var d = Expect.Only(result.Diagnostics, "FF3202", result.At("auditor-fees.yaml#footnotes[1].id"));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void A_footnote_with_a_column_counts_as_used()
    {
        var result = SampleData.Load()
            .Add("option-exercises.yaml#footnotes", "{ id: \"2\", column: in_the_money_options, text: Based on $0.90. }")
            .Check();
        Assert.Empty(result.Diagnostics.Items);
    }

    [Fact]
    public void A_footnote_referred_to_from_the_table_s_introduction_counts_as_used()
    {
        var result = SampleData.Load()
            .Add("performance-graph.yaml#footnotes", "{ id: \"2\", text: The MLET index. }")
            .Set("performance-graph.yaml#introduction", "\"Last year's index (MLET)[^2] was discontinued.\"")
            .Check();
        Assert.Empty(result.Diagnostics.Items);
    }

    [Fact]
    public void The_less_than_one_percent_star_must_be_defined_when_a_line_is_below_one_percent()
    {
        var result = SampleData.Load().Remove("beneficial-ownership.yaml#footnotes[0]").Check();
        Expect.Only(result.Diagnostics, "FF3201", result.At("beneficial-ownership.yaml#owners"));
    }

    [Fact]
    public void The_less_than_one_percent_star_is_unused_when_no_line_is_below_one_percent()
    {
        var data = SampleData.Load();
        // The owners below 817,008 shares (1% of the shares outstanding), last first so the indexes hold.
        foreach (var below in new[] { 8, 5, 3, 2, 1 }) data.Remove($"beneficial-ownership.yaml#owners[{below}]");
        foreach (var person in new[] { "chambers", "clark", "koyama", "jaggers", "young" })
            data.Add("beneficial-ownership.yaml#owners", $"{{ person: {person}, shares: 900000 }}");
        var result = data.Check();
        Expect.One(result.Diagnostics, "FF3202", result.At("beneficial-ownership.yaml#footnotes[0].id"));
    }

    [Fact]
    public void A_row_note_on_an_unknown_column_is_an_error()
    {
        const string notes = "summary-compensation.yaml#officers[1].years[0].notes";
        var result = SampleData.Load().Set(notes, "{ salray: [\"5\"] }").Check();
        Expect.Only(result.Diagnostics, "FF3203", result.At(notes));
    }

    [Fact]
    public void A_footnote_on_an_unknown_column_is_an_error()
    {
        const string column = "auditor-fees.yaml#footnotes[0].column";
        var result = SampleData.Load().Set(column, "audit").Check();
        Expect.Only(result.Diagnostics, "FF3203", result.At(column));
    }

    [Fact]
    public void A_footnote_defined_twice_is_an_error()
    {
        var result = SampleData.Load().Add("beneficial-ownership.yaml#footnotes", "{ id: \"2\", text: Again. }").Check();
        Expect.Only(result.Diagnostics, "FF3204", result.At("beneficial-ownership.yaml#footnotes[3].id"));
    }
}
