using System.Text.Json;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Compilation;

public sealed class FilingCompilerTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Fact]
    public void The_sample_filing_builds_without_errors_or_warnings()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        Assert.DoesNotContain(sample.Result.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Every_document_is_written_in_every_format()
    {
        var names = sample.Result.Outputs.Select(o => o.FileName).ToHashSet();
        string[] documents = ["proxy-statement", "proxy-card", "ethics-certification-liggett", "ethics-certification-clark"];
        foreach (var document in documents)
        {
            foreach (var extension in new[] { ".html", ".docx", ".pdf" }) Assert.Contains(document + extension, names);
            Assert.Contains(FilingForge.Writers.Html.Edgar.EdgarFileName.For(document), names);
        }
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_hash_size_and_pages()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.OutputDirectory, BuildManifest.FileName)));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(sample.Result.Outputs.Count, files.Count);
        foreach (var file in files)
        {
            var path = Path.Combine(sample.OutputDirectory, file.GetProperty("name").GetString()!);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(bytes.Length, file.GetProperty("size").GetInt32());
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            if (path.EndsWith(".pdf", StringComparison.Ordinal)) Assert.True(file.GetProperty("pages").GetInt32() > 0);
        }
    }

    [Fact]
    public void Two_builds_of_the_same_data_are_byte_identical()
    {
        var again = Path.Combine(Path.GetTempPath(), "filingforge-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SampleBuild.Build(again);
            Assert.True(result.Succeeded);
            foreach (var file in Directory.GetFiles(sample.OutputDirectory))
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, Path.GetFileName(file)))), $"{Path.GetFileName(file)} differs between two builds");
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void Builds_running_at_once_share_the_compiled_templates_and_give_the_same_bytes()
    {
        var builds = new List<OutputFile>?[4];
        var bags = new FilingForge.Diagnostics.DiagnosticBag[builds.Length];
        Parallel.For(0, builds.Length, new ParallelOptions { MaxDegreeOfParallelism = builds.Length }, i =>
        {
            bags[i] = new FilingForge.Diagnostics.DiagnosticBag();
            builds[i] = new FilingCompiler().Compile(SampleBuild.Options(Path.GetTempPath()), bags[i]);
        });

        foreach (var (outputs, i) in builds.Select((b, i) => (b, i)))
        {
            Assert.True(outputs is not null, string.Join("\n", bags[i].Sorted()));
            Assert.Equal(bags[0].Sorted().Select(d => d.ToString()), bags[i].Sorted().Select(d => d.ToString()));
            foreach (var file in outputs!)
                Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sample.OutputDirectory, file.FileName))), $"{file.FileName} of build {i} differs");
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_outputs_untouched()
    {
        var output = Path.Combine(Path.GetTempPath(), "filingforge-failed-" + Guid.NewGuid().ToString("N"));
        var data = CopyOfSample();
        try
        {
            Assert.True(SampleBuild.Build(output).Succeeded);
            var before = Snapshot(output);
            File.AppendAllText(Path.Combine(data, "auditor-fees.yaml"), "\nsalray: 1\n");

            var failed = SampleBuild.Build(output, data);

            Assert.False(failed.Succeeded);
            Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(before, Snapshot(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void A_build_removes_nothing_it_did_not_write()
    {
        var output = Path.Combine(Path.GetTempPath(), "filingforge-foreign-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(output);
            var foreign = Path.Combine(output, "notes-from-counsel.txt");
            File.WriteAllText(foreign, "keep me");
            Assert.True(SampleBuild.Build(output).Succeeded);
            Assert.Equal("keep me", File.ReadAllText(foreign));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    public static string CopyOfSample()
    {
        var copy = Path.Combine(Path.GetTempPath(), "filingforge-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleData)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
