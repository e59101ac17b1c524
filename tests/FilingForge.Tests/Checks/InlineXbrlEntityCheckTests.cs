using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Review;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The data an Inline XBRL document is identified and named from (the CIK, the fiscal year's end, the ticker, the
/// website, where xbrl.yaml says they are) is held to what EDGAR needs at its data line, before any document is
/// written: a ticker that would give the taxonomy a standard prefix, or a website with no host, never reaches a writer.
/// </summary>
public sealed class InlineXbrlEntityCheckTests
{
    [Theory]
    [InlineData("cik: \"0000016040\"", "cik: \"16040\"", "FF4121")]
    [InlineData("cik: \"0000016040\"", "cik: \"\"", "FF4120")]
    [InlineData("ticker: CBT", "ticker: LINK", "FF4122")]
    [InlineData("ticker: CBT", "ticker: \"3M\"", "FF4122")]
    [InlineData("website: www.cabotcorp.com", "website: cabot corp.com", "FF4123")]
    public void Entity_data_EDGAR_cannot_name_a_taxonomy_after_is_its_error_at_the_data_line(string find, string replace, string id)
    {
        using var copy = new SampleCopy(SampleCopy.CabotFolder);
        copy.Edit("company.yaml", find, replace);
        var diagnostics = new DiagnosticBag();

        var filing = FilingLoader.Load(copy.Folder, diagnostics);
        Assert.NotNull(filing);
        FilingChecker.Check(filing, diagnostics);

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(id, error.Id);
        Assert.EndsWith("company.yaml", error.Location.File);
        var text = File.ReadAllText(Path.Combine(copy.Folder, "company.yaml"));
        Assert.Equal(text[..text.IndexOf(replace, StringComparison.Ordinal)].Count(c => c == '\n') + 1, error.Location.Line);
    }

    [Fact]
    public void A_website_written_with_its_scheme_in_capitals_and_a_path_names_its_host()
    {
        Assert.Equal("www.cabotcorp.com", FilingForge.Profiles.Xbrl.ExtensionNames.Host("HTTPS://www.CabotCorp.com/investors/"));
        Assert.Equal("brkb", FilingForge.Profiles.Xbrl.ExtensionNames.Prefix("BRK.B"));
    }
}
