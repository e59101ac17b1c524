using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>The Cabot 2024 sample compiled once for the tests that read it: its documents through Parse, and every file of every format.</summary>
internal static class CabotSample
{
    public static readonly string Data = RepositoryPaths.At("data/cabot-2024");

    private static readonly Lazy<(IReadOnlyList<CompiledDocument> Documents, IReadOnlyList<OutputFile> Files)> Build = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var compiler = new FilingCompiler();
        var documents = compiler.CompileDocuments(SampleBuild.Options(Path.Combine(Path.GetTempPath(), "filingforge-unused"), Data), diagnostics);
        var theme = compiler.LoadTheme(RepositoryPaths.Templates, diagnostics);
        Assert.True(documents is not null && theme is not null, string.Join("\n", diagnostics.Sorted()));
        return (documents!, FilingCompiler.WriteAll(documents!.Select(d => d.Document).ToList(), theme!, [], diagnostics));
    });

    public static IReadOnlyList<CompiledDocument> Documents => Build.Value.Documents;

    public static IReadOnlyList<OutputFile> Files => Build.Value.Files;

    /// <summary>The proxy statement's EDGAR document (Inline XBRL) and its IR.</summary>
    public static (OutputFile File, FilingDocument Document) InlineXbrlDocument() =>
        (Files.Single(f => f.FileName == "proxy-statement.htm"), Documents.Single(d => d.Document.Name == "proxy-statement").Document);
}
