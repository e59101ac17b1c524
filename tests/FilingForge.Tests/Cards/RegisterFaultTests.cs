using System.Text;
using FilingForge.Cards;

namespace FilingForge.Tests.Cards;

/// <summary>Issue 16, items 9 and 12: registers that hold no one, or are no register at all, fail the run with a diagnostic.</summary>
public sealed class RegisterFaultTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private const string Header = "holder_id,name_1,name_2,address_1,address_2,address_3,shares\n";

    private (CardRunResult Result, string[] Ids, string Out) RunOn(string register, string outName)
    {
        var (result, diagnostics, output) = cards.Run(register, outName);
        return (result, diagnostics.Items.Where(d => d.Severity == FilingForge.Diagnostics.Severity.Error).Select(d => d.Id).ToArray(), output);
    }

    [Fact]
    public void An_empty_register_is_FF7016_and_writes_nothing()
    {
        var (result, errors, output) = RunOn(cards.WriteRegister("empty", ""), "empty");
        Assert.False(result.Succeeded);
        Assert.Equal(["FF7016"], errors);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_register_of_only_a_header_is_FF7015()
    {
        var (result, errors, _) = RunOn(cards.WriteRegister("header-only", Header), "header-only");
        Assert.False(result.Succeeded);
        Assert.Equal(["FF7015"], errors);
    }

    [Fact]
    public void A_utf16_register_whose_every_row_is_bad_is_FF7015_not_zero_cards()
    {
        var path = Path.Combine(cards.Root, "utf16.csv");
        File.WriteAllBytes(path, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "A1,Anna,,1 Main St,,,10\n")).ToArray());
        var (result, errors, output) = RunOn(path, "utf16");
        Assert.False(result.Succeeded);
        Assert.Equal(["FF7015"], errors);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_device_as_register_is_FF7016_at_once()
    {
        if (OperatingSystem.IsWindows()) return;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (result, errors, _) = RunOn("/dev/zero", "dev-zero");
        Assert.False(result.Succeeded);
        Assert.Equal(["FF7016"], errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_pipe_as_register_is_FF7016_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(cards.Root, "register.fifo");
        File.Delete(fifo);
        Assert.Equal(0, FilingForge.Tests.Support.ExternalTool.Run("mkfifo", [fifo]).ExitCode);
        var run = Task.Run(() => RunOn(fifo, "fifo"));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(["FF7016"], (await run).Ids);
    }

    [Fact]
    public void A_row_longer_than_the_bound_is_FF7017_on_its_line_and_the_rest_are_carded()
    {
        var register = cards.WriteRegister("long-row", Header + "A1,Anna,,1 Main St,,,10\n" + new string('x', HolderRegisterReader.MaxRowBytes + 10) + "\nA3,Carl,,3 Main St,,,30\n");
        var (result, diagnostics, _) = cards.Run(register, "long-row");
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Cards);
        Assert.Contains(diagnostics.Items, d => d.Id == "FF7017" && d.Location.Line == 3);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tA", "\"'\tA\"")]
    [InlineData("A1", "A1")]
    public void A_manifest_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string cell) =>
        Assert.Equal(cell, CardManifestWriter.Cell(value));

    [Fact]
    public void A_holder_id_beginning_with_an_equals_sign_reaches_the_manifest_as_text()
    {
        var register = cards.WriteRegister("formula", Header + "\"=1+2\",Anna,,1 Main St,,,10\n");
        var (result, _, output) = cards.Run(register, "formula");
        Assert.True(result.Succeeded);
        Assert.StartsWith("\"'=1+2\",", File.ReadAllLines(Path.Combine(output, "cards-manifest.csv"))[1]);
    }
}
