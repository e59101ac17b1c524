using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Every document of the sample as the build makes it: its Document IR and each format's bytes, written in memory
/// once for the tests that compare them.
/// </summary>
public sealed class SampleOutputs
{
    public SampleOutputs()
    {
        var diagnostics = new DiagnosticBag();
        var compiler = new FilingCompiler();
        var options = SampleBuild.Options(Path.Combine(Path.GetTempPath(), "filingforge-unused"));
        var documents = compiler.CompileDocuments(options, diagnostics);
        var theme = compiler.LoadTheme(RepositoryPaths.Templates, diagnostics);
        Assert.True(documents is not null && theme is not null, string.Join("\n", diagnostics.Sorted()));
        Documents = documents!.Select(d => d.Document).ToList();
        Files = FilingCompiler.WriteAll(Documents, theme!, [], diagnostics);
        Diagnostics = diagnostics.Sorted();
    }

    public IReadOnlyList<FilingDocument> Documents { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The files of one document whose names end with <paramref name="extension"/> (".html" is not ".htm").</summary>
    public OutputFile File(FilingDocument document, string extension) =>
        Files.Single(f => f.Document == document.Name && f.FileName.EndsWith(extension, StringComparison.Ordinal));
}
