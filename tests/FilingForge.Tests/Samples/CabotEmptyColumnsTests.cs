using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Review;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// A column with nothing to report is left out (Item 402(a)(5)): Cabot's Summary Compensation Table has no Bonus
/// column, and gains one, in its place, as soon as one officer has a bonus.
/// </summary>
public sealed class CabotEmptyColumnsTests : IDisposable
{
    private readonly SampleCopy _copy = new(SampleCopy.CabotFolder);

    private string Folder => _copy.Folder;

    public void Dispose() => _copy.Dispose();

    private List<string> SummaryCompensationColumns()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new FilingCompiler().CompileDocuments(SampleBuild.Options(Path.Combine(Folder, "out"), Folder), diagnostics);
        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        return BlockTree.Descendants(documents!.Single(d => d.Document.Name == "proxy-statement").Document.Blocks)
            .OfType<Table>().Single(t => t.Id == "summary-compensation-2022").Columns.Select(c => c.Key).ToList();
    }

    [Fact]
    public void A_bonus_column_no_officer_fills_is_left_out()
    {
        Assert.DoesNotContain("bonus", SummaryCompensationColumns());
    }

    [Fact]
    public void One_officer_s_bonus_brings_the_bonus_column_back_after_salary()
    {
        var path = Path.Combine(Folder, "summary-compensation.yaml");
        var text = File.ReadAllText(path);
        // $50,000 of the CEO's 2023 salary paid as a bonus instead, so every total, average and ratio stays as filed.
        Assert.Contains("        salary: 1083750\n", text);
        File.WriteAllText(path, text.Replace("        salary: 1083750\n", "        salary: 1033750\n        bonus: 50000\n", StringComparison.Ordinal));

        var columns = SummaryCompensationColumns();

        Assert.Equal(columns.IndexOf("salary") + 1, columns.IndexOf("bonus"));
    }
}
