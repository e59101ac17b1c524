using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;
using FilingForge.Tests.Loading;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// One folder under <c>Checks/Fixtures/</c>: data files laid over a <see cref="MinimalFiling"/> and loaded as
/// <c>check</c> loads them. A test runs the one check it is about, since the minimal filing's
/// placeholder values break rules no fixture is about; it asserts at <see cref="At"/>, a line of a fixture file.
/// </summary>
internal sealed class CheckFixture : IDisposable
{
    private readonly DirectoryInfo _folder;

    private CheckFixture(DirectoryInfo folder, FilingValues? filing, DiagnosticBag loadDiagnostics)
    {
        _folder = folder;
        Filing = filing;
        LoadDiagnostics = loadDiagnostics;
    }

    public static string FixturesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Checks", "Fixtures");

    /// <summary>The loaded filing; null when a fixture file has a load error (see <see cref="LoadDiagnostics"/>).</summary>
    public FilingValues? Filing { get; }

    public DiagnosticBag LoadDiagnostics { get; }

    public static CheckFixture Load(string name)
    {
        var folder = Directory.CreateTempSubdirectory("filingforge-check-");
        MinimalFiling.WriteTo(folder.FullName);
        foreach (var overlay in Directory.GetFiles(Path.Combine(FixturesDirectory, name)))
            File.Copy(overlay, Path.Combine(folder.FullName, Path.GetFileName(overlay)), overwrite: true);
        var diagnostics = new DiagnosticBag();
        return new CheckFixture(folder, FilingLoader.Load(folder.FullName, diagnostics), diagnostics);
    }

    /// <summary>Runs one check on the loaded filing; the fixture must load without an error.</summary>
    public DiagnosticBag Run(ICheck check)
    {
        Assert.True(Filing is not null, $"the fixture does not load:\n{string.Join("\n", LoadDiagnostics.Sorted())}");
        var diagnostics = new DiagnosticBag();
        check.Run(new CheckContext(Filing, diagnostics));
        return diagnostics;
    }

    /// <summary>A place in a fixture's data file, as the loader names it.</summary>
    public SourceLocation At(string file, int line, int column) =>
        new(DisplayPath.Of(Path.Combine(_folder.FullName, file)), line, column);

    public void Dispose() => _folder.Delete(recursive: true);
}
