using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;
using FilingForge.Theming;

namespace FilingForge.Tests.Loading;

/// <summary>
/// One folder under <c>Loading/Cases/</c>, made ready to load. A case holds <c>expected.txt</c> (one diagnostic a
/// line: <c>ID line:col</c>, or <c>ID path line:col</c> for a file other than the case's single input) and one of:
/// <list type="bullet">
/// <item>a single data file, bound to the profile's declaration of the file its name says (<c>auditor-fees.yaml</c> →
/// <c>auditor-fees</c> in <see cref="TestProfile.Default"/>), or to what <c>target.txt</c> names (a data file's base
/// name, or <c>theme</c>);</item>
/// <item><c>generate.txt</c>, which generates that single file at test time (see <see cref="GeneratedInput"/>);</item>
/// <item>a <c>filing/</c> folder laid over a <see cref="MinimalFiling"/>, minus the files <c>remove.txt</c> lists.</item>
/// </list>
/// Prepared inputs that need writing live in a temporary folder, deleted on dispose.
/// </summary>
internal sealed class LoadCase : IDisposable
{
    private static readonly string[] CaseFiles = ["expected.txt", "target.txt", "generate.txt", "remove.txt"];

    private readonly string _caseDirectory;
    private readonly string? _temporary;

    private LoadCase(string caseDirectory, string root, string input, bool isFolder, string? temporary)
    {
        _caseDirectory = caseDirectory;
        Root = root;
        Input = input;
        IsFolder = isFolder;
        _temporary = temporary;
    }

    public static string CasesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Loading", "Cases");

    public static IEnumerable<string> Names =>
        Directory.GetDirectories(CasesDirectory).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    /// <summary>The folder paths in <c>expected.txt</c> are relative to.</summary>
    public string Root { get; }

    /// <summary>The file or filing folder the loader reads.</summary>
    public string Input { get; }

    public bool IsFolder { get; }

    public static LoadCase Prepare(string name)
    {
        var caseDirectory = Path.Combine(CasesDirectory, name);
        if (Directory.Exists(Path.Combine(caseDirectory, "filing"))) return PrepareFolder(caseDirectory);

        var specification = Path.Combine(caseDirectory, "generate.txt");
        if (File.Exists(specification))
        {
            var temporary = Directory.CreateTempSubdirectory("filingforge-load-").FullName;
            GeneratedInput.Write(File.ReadAllText(specification).Trim(), temporary, out var fileName);
            return new LoadCase(caseDirectory, temporary, Path.Combine(temporary, fileName), isFolder: false, temporary);
        }

        var inputs = Directory.GetFiles(caseDirectory).Where(f => !CaseFiles.Contains(Path.GetFileName(f))).ToArray();
        Assert.True(inputs.Length == 1, $"Case {name} must hold exactly one input file besides {string.Join(", ", CaseFiles)}.");
        return new LoadCase(caseDirectory, caseDirectory, inputs[0], isFolder: false, temporary: null);
    }

    private static LoadCase PrepareFolder(string caseDirectory)
    {
        var temporary = Directory.CreateTempSubdirectory("filingforge-load-").FullName;
        var filing = Path.Combine(temporary, "filing");
        MinimalFiling.WriteTo(filing);

        var removals = Path.Combine(caseDirectory, "remove.txt");
        if (File.Exists(removals))
            foreach (var name in File.ReadAllLines(removals).Where(l => l.Trim().Length > 0))
                File.Delete(Path.Combine(filing, name.Trim()));

        foreach (var overlay in Directory.GetFiles(Path.Combine(caseDirectory, "filing")))
            File.Copy(overlay, Path.Combine(filing, Path.GetFileName(overlay)), overwrite: true);
        return new LoadCase(caseDirectory, temporary, filing, isFolder: true, temporary);
    }

    public object? Load(DiagnosticBag diagnostics) =>
        IsFolder ? FilingLoader.Load(Input, diagnostics)
        : TargetName() is var name && name == "theme" ? ThemeFile.Load(Input, diagnostics)
        : FilingLoader.LoadValues(TestProfile.Default.File(name)!, TestProfile.Default, Input, diagnostics);

    private string TargetName()
    {
        var target = Path.Combine(_caseDirectory, "target.txt");
        var name = File.Exists(target) ? File.ReadAllText(target).Trim() : Path.GetFileName(Input).Split('.')[0];
        if (name == "theme" || TestProfile.Default.File(name) is not null) return name;
        throw new InvalidOperationException($"The profile declares no data file named `{name}`; name the input after one of its files or add target.txt.");
    }

    /// <summary>Same switch as <see cref="Snapshot"/>: <c>FILINGFORGE_ACCEPT_SNAPSHOTS=1</c>, never under CI.</summary>
    public static bool MayAccept =>
        Environment.GetEnvironmentVariable("FILINGFORGE_ACCEPT_SNAPSHOTS") == "1" && !ExternalTool.InCi;

    /// <summary>Writes the actual diagnostics as the expected ones, keeping the file's comment lines; review with git diff.</summary>
    public void AcceptExpected(IEnumerable<string> actual)
    {
        var path = Path.Combine(_caseDirectory, "expected.txt");
        var comments = File.Exists(path) ? File.ReadAllLines(path).Where(l => l.StartsWith('#')) : [];
        File.WriteAllLines(path, comments.Concat(actual));
    }

    public IReadOnlyList<string> ExpectedLines() =>
        File.ReadAllLines(Path.Combine(_caseDirectory, "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

    /// <summary><c>ID line:col</c> for the case's single input file, <c>ID path line:col</c> for anything else.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var file = Path.GetRelativePath(Root, Path.GetFullPath(diagnostic.Location.File)).Replace('\\', '/');
        var position = $"{diagnostic.Location.Line}:{diagnostic.Location.Column}";
        return !IsFolder && file == Path.GetFileName(Input)
            ? $"{diagnostic.Id} {position}"
            : $"{diagnostic.Id} {file} {position}";
    }

    public void Dispose()
    {
        if (_temporary is not null) Directory.Delete(_temporary, recursive: true);
    }
}
