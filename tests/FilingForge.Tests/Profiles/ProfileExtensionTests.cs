using FilingForge.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// A filing extends its profile in its own folder, with no change to FilingForge: a field, a data file, a derived
/// figure, a tie-out and a table (Profiles/Extension/README.md), laid over a copy of the sample and the templates.
/// </summary>
public sealed class ProfileExtensionTests
{
    private static readonly string Extension = Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Profiles", "Extension");

    [Fact]
    public void A_filing_that_adds_a_file_field_figure_tie_out_and_table_builds_and_prints_them()
    {
        using var folder = new ExtendedFiling("dividends.yaml");

        var result = folder.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var statement = File.ReadAllText(Path.Combine(folder.Output, "proxy-statement.md"));
        var section = statement[statement.IndexOf("## Cash Dividends", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Snapshot.Verify(section, "md");
    }

    [Fact]
    public void The_filings_own_tie_out_catches_a_mistyped_amount_at_its_line()
    {
        using var folder = new ExtendedFiling("dividends-mistake.yaml");

        var result = folder.Build();

        Assert.False(result.Succeeded);
        var mistake = Assert.Single(result.Diagnostics);
        Assert.Equal(("FF2901", "dividends.yaml", 11, 18), (mistake.Id, Path.GetFileName(mistake.Location.File), mistake.Location.Line, mistake.Location.Column));
        Assert.Contains("is 2,042,581.38 but 0.025 a share on 81,700,735 shares comes to 2,042,518.38", mistake.Message);
    }

    [Fact]
    public void A_derived_figure_written_in_the_data_is_FF1032_at_its_key()
    {
        using var folder = new ExtendedFiling("dividends.yaml");
        var path = Path.Combine(folder.Data, "dividends.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("    amount_paid: 1634014.70\n", "    amount_paid: 1634014.70\n    computed_amount: 1634014.70\n", StringComparison.Ordinal));

        var result = folder.Build();

        var written = Assert.Single(result.Diagnostics);
        Assert.Equal(("FF1032", 8, 5), (written.Id, written.Location.Line, written.Location.Column));
    }

    [Fact]
    public void An_extension_that_declares_a_type_of_its_profile_again_is_FF1508_at_its_line()
    {
        using var folder = new ExtendedFiling("dividends.yaml");
        File.AppendAllText(Path.Combine(folder.Data, "profile", "types.yaml"), "  FeeYear:\n    fields: {}\n");

        var result = folder.Build();

        var twice = Assert.Single(result.Diagnostics);
        Assert.Equal(("FF1508", "types.yaml"), (twice.Id, Path.GetFileName(twice.Location.File)));
        Assert.Equal(File.ReadAllLines(Path.Combine(folder.Data, "profile", "types.yaml")).Length - 1, twice.Location.Line);
    }

    /// <summary>The sample and the templates, copied to a temporary folder, with the extension laid over them.</summary>
    private sealed class ExtendedFiling : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("filingforge-extension-").FullName;

        public ExtendedFiling(string dividends)
        {
            Copy(RepositoryPaths.SampleData, Data);
            Copy(RepositoryPaths.Templates, Templates);
            Copy(Path.Combine(Extension, "data", "profile"), Path.Combine(Data, "profile"));
            Copy(Path.Combine(Extension, "templates"), Templates);
            File.Copy(Path.Combine(Extension, "data", dividends), Path.Combine(Data, "dividends.yaml"));
            File.AppendAllText(Path.Combine(Data, "company.yaml"), "ticker_symbol: CPST\n");
            var statement = Path.Combine(Templates, "proxy-statement", "proxy-statement.md.sbn");
            File.WriteAllText(statement, File.ReadAllText(statement).Replace(
                "{{~ include \"proxy-statement/sections/other-information\" ~}}",
                "{{~ include \"proxy-statement/sections/dividends\" ~}}\n\n{{~ include \"proxy-statement/sections/other-information\" ~}}",
                StringComparison.Ordinal));
        }

        public string Data => Path.Combine(_root, "data");
        private string Templates => Path.Combine(_root, "templates");
        public string Output => Path.Combine(_root, "out");

        public BuildResult Build() => new FilingCompiler().Build(new BuildOptions
        {
            DataDirectory = Data,
            OutputDirectory = Output,
            TemplatesDirectory = Templates,
            Documents = ["proxy-statement"],
            Formats = ["html"],
            WriteMarkdown = true,
        });

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }
}
