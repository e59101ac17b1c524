using System.Text.Json;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Check_of_the_sample_filing_exits_zero_with_a_summary()
    {
        var result = FilingForgeProcess.Run("check", "data/capstone-2003");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check succeeded: 0 errors", result.StandardOutput);
    }

    [Fact]
    public void Check_of_the_seed_inconsistencies_prints_compiler_style_errors_and_exits_one()
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests/FilingForge.Tests/Fixtures/seed-inconsistent"), "*.yaml"))
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)), overwrite: true);

            var result = FilingForgeProcess.Run("check", data);

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"auditor-fees\.yaml:\d+:\d+: error FF2101: ", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void A_runaway_template_stops_at_its_line_with_exit_one_no_stack_trace_and_no_output()
    {
        var templates = Directory.CreateTempSubdirectory("ff-runaway-templates-").FullName;
        var output = Directory.CreateTempSubdirectory("ff-runaway-out-").FullName;
        try
        {
            CopyFolder(RepositoryPaths.Templates, templates);
            // Five nested loops over the sample's 17 people: 1.4 million lines of card text if nothing stopped them.
            File.AppendAllText(Path.Combine(templates, "proxy-card", "front.md.sbn"),
                "{{ for a in people.people }}{{ for b in people.people }}{{ for c in people.people }}{{ for d in people.people }}{{ for e in people.people }}\n{{ a.name }} {{ b.name }} {{ c.name }} {{ d.name }} {{ e.name }}\n{{ end }}{{ end }}{{ end }}{{ end }}{{ end }}\n");

            var result = FilingForgeProcess.Run("build", "data/capstone-2003", "-o", output, "--templates", templates);

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"templates?[^:]*/proxy-card/front\.md\.sbn:16:\d+: error FF501[56]: ", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
            Assert.Empty(Directory.GetFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Issue 16 item 7: this passed check and crashed the Word writer's document properties with a stack trace.</summary>
    [Fact]
    public void A_control_character_in_the_company_name_or_a_biography_is_FF1030_at_its_line_with_exit_one()
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            Edit(Path.Combine(data, "company.yaml"), "name: Capstone Turbine Corporation", "name: \"Capstone\\x01 Turbine Corporation\"");
            var directors = Path.Combine(data, "directors.yaml");
            File.WriteAllText(directors, new System.Text.RegularExpressions.Regex(@"    biography: \|\n(      .*\n)+")
                .Replace(File.ReadAllText(directors), "    biography: \"Mr. Protsch\\vjoined the Board in 2002.\"\n", 1));

            var result = FilingForgeProcess.Run("build", data, "-o", Path.Combine(data, "out"));

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"company\.yaml:2:7: error FF1030: `name` contains U\+0001 \(character 9\)", result.StandardError);
            Assert.Matches(@"directors\.yaml:16:\d+: error FF1030: `biography` contains U\+000B", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
            Assert.False(Directory.Exists(Path.Combine(data, "out")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{from}` is not in {path}");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
    }

    /// <summary>Issue 16 item 8: the PDF layout ran until killed on this theme; Word and HTML built it without a word.</summary>
    [Fact]
    public void A_theme_page_of_no_height_stops_at_its_line_with_exit_one_and_no_output()
    {
        var templates = Directory.CreateTempSubdirectory("ff-theme-templates-").FullName;
        var output = Directory.CreateTempSubdirectory("ff-theme-out-").FullName;
        try
        {
            CopyFolder(RepositoryPaths.Templates, templates);
            var theme = Path.Combine(templates, "shared", "theme.yaml");
            File.WriteAllText(theme, File.ReadAllText(theme).Replace("height: 792", "height: 0", StringComparison.Ordinal));

            var result = FilingForgeProcess.Run("build", "data/capstone-2003", "-o", output, "--templates", templates);

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"shared/theme\.yaml:4:11: error FF1050: `page.height` is 0 points", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
            Assert.Empty(Directory.GetFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("build", "--format", "rtf")]
    [InlineData("check", "no/such/folder")]
    [InlineData("frobnicate")]
    [InlineData("build", "--no-such-option")]
    public void Usage_errors_exit_two_without_a_stack_trace(params string[] arguments)
    {
        var result = FilingForgeProcess.Run(arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void Check_finds_a_table_column_that_reads_nothing_in_the_templates_it_is_given()
    {
        var templates = Directory.CreateTempSubdirectory("ff-check-templates-").FullName;
        try
        {
            TemporaryCopy.Folder(RepositoryPaths.Templates, templates);
            var table = Path.Combine(templates, "proxy-statement", "tables", "summary-compensation.yaml");
            File.WriteAllText(table, File.ReadAllText(table).Replace("value: year.salary", "value: year.salery", StringComparison.Ordinal));
            var result = FilingForgeProcess.Run("check", "data/capstone-2003", "--templates", templates);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("summary-compensation.yaml:", result.StandardError);
            Assert.Contains("FF5020", result.StandardError);
            Assert.Contains("did you mean `salary`?", result.StandardError);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void A_document_the_profile_does_not_declare_is_FF5019_naming_those_it_does()
    {
        var output = Directory.CreateTempSubdirectory("ff-unknown-document-").FullName;
        try
        {
            var result = FilingForgeProcess.Run("build", "data/capstone-2003", "-o", output, "--document", "annual-report");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("FF5019", result.StandardError);
            Assert.Contains("it declares: proxy-statement, proxy-card, ethics-certification", result.StandardError);
            Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Timings_show_each_stage_each_writer_and_the_process_totals()
    {
        var output = Directory.CreateTempSubdirectory("ff-timings-").FullName;
        try
        {
            var result = FilingForgeProcess.Run("build", "data/capstone-2003", "-o", output, "--timings");
            Assert.Equal(0, result.ExitCode);
            var stages = result.StandardOutput.Split('\n').Select(l => l.Trim()).Where(l => l.EndsWith(" ms", StringComparison.Ordinal))
                .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(4))).ToList();
            Assert.Equal(["load", "check", "compute", "template", "parse", "theme", "write"], stages.Where(s => !s.Contains(' ') && s != "compile").Take(7));
            Assert.Contains("compile templates", stages);
            Assert.Contains("pdf proxy-statement", stages);
            Assert.Contains("docx proxy-card", stages);
            Assert.Contains("commit", stages);
            Assert.Matches(@"process: [\d.]+ ms since start, [\d.]+ ms before Main; JIT [\d.]+ ms for [\d,]+ methods; GC \d+/\d+/\d+", result.StandardOutput);
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void Help_explains_the_build_options()
    {
        var result = FilingForgeProcess.Run("build", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--output", "--document", "--format", "--warnaserror", "--sarif" }) Assert.Contains(option, result.StandardOutput);
    }

    [Fact]
    public void Sarif_output_is_version_2_1_0_with_one_result_per_diagnostic()
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        var sarif = Path.Combine(data, "out.sarif");
        try
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests/FilingForge.Tests/Fixtures/seed-inconsistent/auditor-fees.yaml"), Path.Combine(data, "auditor-fees.yaml"), overwrite: true);
            var result = FilingForgeProcess.Run("check", data, "--sarif", sarif);
            Assert.Equal(1, result.ExitCode);
            using var log = JsonDocument.Parse(File.ReadAllText(sarif));
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "FF2101"
                && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
