using System.Text;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Parsing;

/// <summary>
/// File-based cases: each <c>Cases/NNNN-name.md</c> (numbered by the diagnostic it shows, 100s for clean documents)
/// parses to the diagnostics and IR in <c>Cases/NNNN-name.expected.verified.txt</c>.
/// </summary>
public class ParseCaseTests
{
    private static string CasesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Parsing", "Cases");

    public static TheoryData<string> CaseNames => new(
        Directory.GetFiles(CasesDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_parses_to_the_expected_diagnostics_and_ir(string name)
    {
        var source = Path.Combine(CasesDirectory, name + ".md");
        var result = Parse.Markdown(File.ReadAllText(source));
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics.Sorted()) text.Append(d).Append('\n');
        text.Append('\n').Append(result.Dump);
        Snapshot.Verify(text.ToString(), name: "expected", callerFile: source);
    }
}
