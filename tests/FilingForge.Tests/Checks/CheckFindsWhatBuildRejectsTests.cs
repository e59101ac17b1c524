using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Cli;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// Issue 16 item 11: data that <c>check</c> passed and <c>build</c> rejected at a template or table definition. Each
/// case edits one line of the sample; <c>check</c> must report it at that line of the data file, and <c>build</c> the
/// same, before any template runs.
/// </summary>
public sealed class CheckFindsWhatBuildRejectsTests
{
    [Theory]
    [InlineData("meeting.yaml", "secretary: cayley", "secretary: nobody", "FF3101", 29)]
    [InlineData("meeting.yaml", "letter_signer: liggett", "letter_signer: ligget", "FF3101", 27)]
    [InlineData("directors.yaml", "Mr. Protsch joined the Board", "Mr. <b>Protsch</b> joined the Board", "FF5200", 17)]
    [InlineData("directors.yaml", "Mr. Protsch joined the Board", "Mr. Protsch joined [the Board](javascript:alert(1))", "FF5202", 17)]
    // A fact marker is the Template stage's to write: one in data could pass its text off as a tagged fact.
    [InlineData("directors.yaml", "Mr. Protsch joined the Board", "Mr. Protsch joined [[fact:f1]]the Board[[/fact]]", "FF5230", 17)]
    [InlineData("executive-officers.yaml", "joined", "<script>alert(1)</script> joined", "FF5200", 0)]
    [InlineData("summary-compensation.yaml", "  - id: \"1\"", "  - id: \"1\\nx\"", "FF3205", 102)]
    [InlineData("summary-compensation.yaml", "  - id: \"1\"", "  - id: \"1\\0\"", "FF1030", 102)]
    public void Check_reports_at_the_data_line_what_build_would_reject_at_a_template(string file, string from, string to, string id, int line) =>
        AssertCheckAndBuildReport(file, from, to, id, line);

    /// <summary>Issue 16 item 13: values every document printed without a word, as "" or "(zz)".</summary>
    [Theory]
    [InlineData("company.yaml", "name: Capstone Turbine Corporation", "name: \"  \"", "FF3115", 2)]
    [InlineData("people.yaml", "  - id: protsch\n    name: Eliot G. Protsch", "  - id: protsch\n    name: \"\"", "FF3115", 0)]
    [InlineData("directors.yaml", "Mr. Protsch joined the Board", "Mr. Protsch[^zz] joined the Board", "FF3206", 16)]
    [InlineData("company.yaml", "name: Capstone Turbine Corporation", "name: \"Capstone \\u202ETurbine\"", "FF1031", 2)]
    public void Check_reports_what_the_documents_would_print_silently(string file, string from, string to, string id, int line) =>
        AssertCheckAndBuildReport(file, from, to, id, line);

    private static void AssertCheckAndBuildReport(string file, string from, string to, string id, int line)
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            var path = Path.Combine(data, file);
            var text = File.ReadAllText(path);
            var at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"`{from}` is not in {file}");
            File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
            var expectedLine = line > 0 ? line : text[..at].Count(c => c == '\n') + 1 + to.Count(c => c == '\n');

            var check = new DiagnosticBag();
            FrontEnd.Run(data, warningsAsErrors: false, check, new StageClock());
            var build = new DiagnosticBag();
            var outputs = new FilingCompiler().Compile(new BuildOptions { DataDirectory = data, OutputDirectory = Path.Combine(data, "out"), TemplatesDirectory = RepositoryPaths.Templates }, build);

            AssertReported(check, id, file, expectedLine);
            AssertReported(build, id, file, expectedLine);
            Assert.Null(outputs);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>All four kinds at once, through the real command: exit code 1, every one at its line, no stack trace.</summary>
    [Fact]
    public void The_command_check_exits_one_with_each_at_its_line()
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            Replace(Path.Combine(data, "meeting.yaml"), "secretary: cayley", "secretary: nobody");
            Replace(Path.Combine(data, "directors.yaml"), "Mr. Protsch joined the Board", "Mr. <b>Protsch</b> joined [the Board](javascript:alert(1))");
            Replace(Path.Combine(data, "summary-compensation.yaml"), "  - id: \"1\"", "  - id: \"1\\nx\"");

            var result = FilingForgeProcess.Run("check", data);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("meeting.yaml:29:12: error FF3101:", result.StandardError);
            Assert.Contains("directors.yaml:17:1: error FF5200:", result.StandardError);
            Assert.Contains("directors.yaml:17:1: error FF5202:", result.StandardError);
            Assert.Contains("summary-compensation.yaml:102:9: error FF3205:", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void AssertReported(DiagnosticBag bag, string id, string file, int line) =>
        Assert.True(bag.Items.Any(d => d.Id == id && Path.GetFileName(d.Location.File) == file && d.Location.Line == line),
            $"expected {id} at {file}:{line}, got:\n{string.Join("\n", bag.Sorted())}");
}
