using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The profile's declared tie-outs (profiles/schedule-14a-1992/tie-outs.yaml) on a copy of the sample's data files,
/// with one figure changed: each mismatch is the tie-out's own ID, at the stated value's line, with the figures.
/// </summary>
public sealed class DeclaredTieOutTests
{
    [Fact]
    public void The_sample_meets_every_declared_tie_out_and_states_no_fee_total_for_the_compiler_computes_it()
    {
        Assert.Empty(Check(data => { }).Items.Select(d => d.ToString()));
    }

    [Fact]
    public void Total_options_granted_below_the_listed_grants_is_FF2105_at_the_total()
    {
        const string total = "option-grants.yaml#total_options_granted_to_employees";
        var result = SampleData.Load().Set(total, "600000").Check();
        var d = Expect.Only(result.Diagnostics, "FF2105", result.At(total));
        Assert.Equal([(object?)600_000m, 665_000m], d.Arguments);
        Assert.Equal("total options granted to employees is 600,000 but the grants listed add up to 665,000", d.Message);
    }

    [Fact]
    public void More_shares_outstanding_than_the_charter_authorizes_in_another_file_is_FF2110_at_shares_outstanding()
    {
        var result = SampleData.Load().Set("company.yaml#common_shares_authorized", "80000000").Check();
        var d = Expect.Only(result.Diagnostics, "FF2110", result.At("meeting.yaml#shares_outstanding"));
        Assert.Equal([(object?)81_700_735m, 80_000_000m], d.Arguments);
    }

    [Fact]
    public void A_fee_total_that_is_not_the_sum_of_its_categories_is_FF2101_at_the_total()
    {
        var d = Assert.Single(Check(data => Replace(data, "auditor-fees.yaml", "    tax_fees: 261000\n", "    tax_fees: 261000\n    total: 630000\n")).Items);

        Assert.Equal(("FF2101", Severity.Error), (d.Id, d.Severity));
        Assert.Equal((Line(d, "total: 630000"), 12), (d.Location.Line, d.Location.Column));
        Assert.Equal("2001 fee total is 630,000 but its categories add up to 721,000", d.Message);
    }

    [Fact]
    public void A_stated_fee_total_that_is_the_sum_is_not_reported()
    {
        Assert.Empty(Check(data => Replace(data, "auditor-fees.yaml", "    tax_fees: 261000\n", "    tax_fees: 261000\n    total: 721000\n")).Items);
    }

    [Fact]
    public void All_other_compensation_that_differs_from_its_components_is_FF2102_naming_the_officer()
    {
        var d = Assert.Single(Check(data => Replace(data, "summary-compensation.yaml", "all_other_compensation: 62868", "all_other_compensation: 62000")).Items);

        Assert.Equal("FF2102", d.Id);
        Assert.Equal(Line(d, "all_other_compensation: 62000"), d.Location.Line);
        Assert.Equal("Karen Clark 2002 all other compensation is 62,000 but its components add up to 62,868", d.Message);
    }

    [Fact]
    public void A_stated_amount_without_components_is_not_checked()
    {
        Assert.Empty(Check(data => Replace(data, "summary-compensation.yaml",
            "        all_other_components:\n          - description: Reimbursement of relocation costs and allowances\n            amount: 50000\n          - description: Reimbursement of fees for the sale and purchase of homes and for temporary housing\n            amount: 12868\n",
            "")).Items);
    }

    [Fact]
    public void A_filings_own_tie_out_beside_its_data_holds_for_the_sample_and_catches_a_planted_mistake()
    {
        Assert.Empty(Check(WithOwnTieOuts, "FF2901").Items.Select(d => d.ToString()));

        var d = Assert.Single(Check(data =>
        {
            WithOwnTieOuts(data);
            Replace(data, "auditor-fees.yaml", "audit_fees: 448000", "audit_fees: 458000");
        }, "FF2901").Items);

        Assert.Equal("FF2901", d.Id);
        Assert.EndsWith("auditor-fees.yaml", d.Location.File);
        Assert.Equal(Line(d, "audit_fees: 458000"), d.Location.Line);
        Assert.Equal("2001 audit fees are 458,000, above the 450,000 the audit committee pre-approved", d.Message);
    }

    [Theory]
    [InlineData("FF2901:", "FF2101:", "FF1505")]
    [InlineData("stated: audit_fees", "stated: audit_fee", "FF1511")]
    [InlineData("    at_most: \"450000\"\n", "    at_most: \"450000\"\n    equals: \"1\"\n", "FF1505")]
    public void A_mistake_in_a_filings_own_tie_outs_is_reported_in_that_file_and_nothing_is_loaded(string find, string replace, string id)
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            WithOwnTieOuts(data);
            Replace(data, "tie-outs.yaml", find, replace);
            var diagnostics = new DiagnosticBag();

            Assert.Null(FilingLoader.Load(data, diagnostics));

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(id, error.Id);
            Assert.EndsWith("tie-outs.yaml", error.Location.File);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void WithOwnTieOuts(string data) =>
        File.Copy(Support.RepositoryPaths.At("tests/FilingForge.Tests/Fixtures/own-tie-outs/tie-outs.yaml"), Path.Combine(data, "tie-outs.yaml"));

    private static DiagnosticBag Check(Action<string> change) => Check(change, "FF2101", "FF2102");

    private static DiagnosticBag Check(Action<string> change, params string[] ids)
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            change(data);
            var diagnostics = new DiagnosticBag();
            var filing = FilingLoader.Load(data, diagnostics);
            Assert.Empty(diagnostics.Items.Select(x => x.ToString()));
            FilingChecker.Check(filing!, diagnostics);
            return Only(diagnostics, ids);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The diagnostics of these tie-outs alone; the sample's other checks are not what is under test here.</summary>
    private static DiagnosticBag Only(DiagnosticBag diagnostics, params string[] ids)
    {
        var only = new DiagnosticBag();
        only.AddRange(diagnostics.Items.Where(d => ids.Contains(d.Id)));
        return only;
    }

    private static void Replace(string data, string file, string find, string replace)
    {
        var path = Path.Combine(data, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
        LastEdited = text.Replace(find, replace);
    }

    [ThreadStatic] private static string? LastEdited;

    /// <summary>The 1-based line of <paramref name="text"/> in the file as the test left it.</summary>
    private static int Line(Diagnostic d, string text) =>
        LastEdited!.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
