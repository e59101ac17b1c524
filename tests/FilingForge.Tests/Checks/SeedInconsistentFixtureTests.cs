using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The seed's own inconsistencies (Fixtures/seed-inconsistent, laid over a copy of the sample) are each caught at the
/// line that prints them.
/// </summary>
public sealed class SeedInconsistentFixtureTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Fixtures", "seed-inconsistent");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("filingforge-seed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Both_printed_fee_totals_are_errors_at_their_total_lines()
    {
        var fees = Check().Where(d => d.Id == "FF2101").ToArray();
        Assert.Equal([LineOf("auditor-fees.yaml", "total: 428000"), LineOf("auditor-fees.yaml", "total: 630000")], fees.Select(d => d.Location.Line));
        Assert.All(fees, d => Assert.EndsWith("auditor-fees.yaml", d.Location.File));
        Assert.Equal("2001 fee total is 630,000 but its categories add up to 721,000", fees[1].Message);
    }

    [Fact]
    public void The_card_s_seven_nominees_are_an_error_naming_the_extra_one()
    {
        var card = Assert.Single(Check(), d => d.Id == "FF3105");
        Assert.Equal(LineOf("proxy-card.yaml", "nominees:"), card.Location.Line);
        Assert.Equal(7, card.Arguments[0]);
        Assert.Equal(6, card.Arguments[1]);
        Assert.Contains("on the card but not nominated: Richard Aube", card.Message);
        Assert.Contains("the order also differs", card.Message);
    }

    [Fact]
    public void Percents_on_shares_outstanding_alone_are_a_warning_at_the_basis()
    {
        var basis = Assert.Single(Check(), d => d.Id == "FF4113");
        Assert.Equal(LineOf("beneficial-ownership.yaml", "percent_basis:"), basis.Location.Line);
        Assert.Contains("Ake Almgren 2.58% would be 2.51%", basis.Message);
    }

    [Fact]
    public void The_seed_s_printed_percents_checked_under_rule_13d_3_warn_for_almgren_and_the_group()
    {
        var diagnostics = Check(text => text.Replace("percent_basis: outstanding_only", "percent_basis: rule_13d_3"));
        var stated = diagnostics.Where(d => d.Id == "FF2103").ToArray();
        Assert.Equal([LineOf("beneficial-ownership.yaml", "stated_percent: 2.58"), LineOf("beneficial-ownership.yaml", "stated_percent: 6.67")],
            stated.Select(d => d.Location.Line));
        Assert.All(stated, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(2.51m, stated[0].Arguments[3]);
    }

    [Fact]
    public void The_cfo_told_to_return_her_certification_to_the_cfo_is_a_warning_at_the_return_line()
    {
        var returned = Assert.Single(Check(), d => d.Id == "FF3114");
        Assert.Equal(Severity.Warning, returned.Severity);
        Assert.Equal(LineOf("ethics.yaml", "return_to:"), returned.Location.Line);
        Assert.EndsWith("ethics.yaml", returned.Location.File);
        Assert.StartsWith("Karen Clark signs the certification as Chief Financial Officer", returned.Message);
    }

    [Fact]
    public void The_fixture_reports_nothing_else()
    {
        Assert.Equal(["FF2101", "FF2101", "FF3105", "FF3114", "FF4113"], Check().Select(d => d.Id).Order());
    }

    private IReadOnlyList<Diagnostic> Check(Func<string, string>? editOwnership = null)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SampleData)) File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)), true);
        foreach (var file in Directory.EnumerateFiles(Fixture, "*.yaml")) File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)), true);
        if (editOwnership is not null)
        {
            var path = Path.Combine(_folder.FullName, "beneficial-ownership.yaml");
            File.WriteAllText(path, editOwnership(File.ReadAllText(path)));
        }

        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(_folder.FullName, diagnostics);
        Assert.True(filing is not null, string.Join("\n", diagnostics.Sorted()));
        FilingChecker.Check(filing, diagnostics);
        return diagnostics.Sorted().Where(d => d.Severity != Severity.Info).ToArray();
    }

    /// <summary>The 1-based line of the fixture file that holds <paramref name="text"/>.</summary>
    private static int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Fixture, file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
