using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// Damages real data files at random (with a fixed seed, so a failure reproduces) and loads them: whatever the damage,
/// the loader answers with diagnostics and never with an exception, and it never returns an object alongside an error.
/// </summary>
public sealed class MutatedInputTests
{
    /// <summary>Kept small for the suite; set FILINGFORGE_MUTATIONS to a few hundred for a long local hunt.</summary>
    private static readonly int MutationsPerFile =
        int.TryParse(Environment.GetEnvironmentVariable("FILINGFORGE_MUTATIONS"), out var count) ? count : 12;

    private static readonly string[] Fragments =
        ["[", "]", "{", "}", ":", ": ", "- ", "\"", "'", "&a ", "*a", "!!str ", "|", ">", "#", "\t", "\n", "  ", ",", "---\n",
            "? ", "%YAML 1.2\n", "\\", "null", "~", "1e999", "-", "\u00e9", "\ud83d\ude00", "<<: *a\n"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var sample = Directory.Exists(RepositoryPaths.SampleData)
            ? Directory.GetFiles(RepositoryPaths.SampleData, "*.yaml")
            : [];
        var cases = Directory.GetFiles(LoadCase.CasesDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => IsDataFile(f) && !f.Contains($"{Path.DirectorySeparatorChar}filing{Path.DirectorySeparatorChar}"));
        foreach (var file in sample.Concat(cases).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Damaged_file_yields_diagnostics_never_an_exception(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, file));
        var random = new Random(file.Length * 7919 + original.Length);
        var directory = Directory.CreateTempSubdirectory("filingforge-mutate-");
        try
        {
            var path = Path.Combine(directory.FullName, Path.GetFileName(file));
            for (var i = 0; i < MutationsPerFile; i++)
            {
                var damaged = Mutate(original, random);
                File.WriteAllBytes(path, damaged);
                var diagnostics = new DiagnosticBag();
                object? loaded = null;

                // filing.yaml is no data file of the profile: it is read for the folder's profile.
                var exception = Record.Exception(() => loaded = !IsDataFile(file)
                    ? FilingManifest.ProfileOf(directory.FullName, [Path.GetFileName(path)], diagnostics)
                    : FilingLoader.LoadFile(path, TestProfile.Default, diagnostics));

                Assert.True(exception is null, $"Mutation {i} of {file} threw {exception}\n--- input ---\n{Encoding.UTF8.GetString(damaged)}");
                Assert.Equal(diagnostics.HasErrors, loaded is null);
                Assert.All(diagnostics.Items, d => Assert.True(d.Location.IsKnown && d.Location.Line >= 0 && d.Location.Column >= 0));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A file named after one of the profile's data files (<c>auditor-fees.yaml</c>, <c>.yml</c> or <c>.json</c>).</summary>
    private static bool IsDataFile(string path) =>
        DataFileNames.BaseNameOf(path) is { } baseName && TestProfile.Default.File(baseName) is not null;

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
