using System.Diagnostics;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Html.Preview;

namespace FilingForge.Watch;

/// <summary>
/// One rebuild for the live preview: the compiler's own Load → Parse, then only the HTML preview of each document (the
/// other formats wait until someone asks for them). It checks its cancellation between stages, so a build that a newer
/// edit has made pointless stops at the next stage boundary instead of finishing.
/// </summary>
public static class PreviewBuilder
{
    /// <summary>The outcome, or null when <paramref name="cancel"/> was signalled before the build finished.</summary>
    public static PreviewOutcome? Build(PreviewOptions options, CancellationToken cancel)
    {
        var elapsed = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var result = Run(options, diagnostics, cancel);
        if (cancel.IsCancellationRequested) return null;
        var sorted = diagnostics.Sorted();
        return result is { } built && !diagnostics.HasErrors
            ? new PreviewOutcome(sorted, built.Documents, built.Theme, built.Pages, elapsed.Elapsed)
            : new PreviewOutcome(sorted, null, null, null, elapsed.Elapsed);
    }

    private static (IReadOnlyList<FilingDocument> Documents, Theme Theme, IReadOnlyDictionary<string, byte[]> Pages)? Run(
        PreviewOptions options, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        try
        {
            return Compile(options, diagnostics, cancel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An editor may be halfway through replacing a file; the rename that completes the save triggers the next build.
            diagnostics.Report(PreviewDiagnostics.SourcesUnreadable, SourceLocation.None, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A compiler bug must not take the preview down with it: it is shown like any other diagnostic.
            diagnostics.Report(PreviewDiagnostics.InternalError, SourceLocation.None, e.GetType().Name, e.Message);
            return null;
        }
    }

    private static (IReadOnlyList<FilingDocument>, Theme, IReadOnlyDictionary<string, byte[]>)? Compile(
        PreviewOptions options, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var compiler = new FilingCompiler();
        var buildOptions = new BuildOptions { DataDirectory = options.DataDirectory, TemplatesDirectory = options.TemplatesDirectory, OutputDirectory = "" };
        var compiled = compiler.CompileDocuments(buildOptions, diagnostics);
        if (compiled is null || cancel.IsCancellationRequested) return null;
        var theme = compiler.LoadTheme(options.TemplatesDirectory, diagnostics);
        if (theme is null || diagnostics.HasErrors || cancel.IsCancellationRequested) return null;
        var documents = compiled.Select(d => d.Document).ToArray();
        var pages = WritePages(documents, theme, diagnostics, cancel);
        return diagnostics.HasErrors ? null : (documents, theme, pages);
    }

    /// <summary>The preview of each document, in parallel (they are independent), each writer reporting into its own bag.</summary>
    private static Dictionary<string, byte[]> WritePages(IReadOnlyList<FilingDocument> documents, Theme theme, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var pages = new byte[documents.Count][];
        var bags = documents.Select(_ => new DiagnosticBag()).ToArray();
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
        try
        {
            Parallel.For(0, documents.Count, parallelism, i => pages[i] = Write(documents[i], theme, bags[i]));
        }
        catch (OperationCanceledException)
        {
            return [];
        }

        foreach (var bag in bags) diagnostics.AddRange(bag.Items);
        return documents.Select((d, i) => (d.Name, pages[i])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
    }

    private static byte[] Write(FilingDocument document, Theme theme, DiagnosticBag diagnostics)
    {
        using var buffer = new MemoryStream();
        new PreviewHtmlWriter().Write(document, theme, buffer, diagnostics);
        return buffer.ToArray();
    }
}
