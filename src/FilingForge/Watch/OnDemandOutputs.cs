using System.Collections.Concurrent;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Writers.Pdf;

namespace FilingForge.Watch;

/// <summary>
/// The other formats of one good build, each written from its documents the first time it is asked for and then
/// kept until the next good build replaces this one. Two readers asking at once share one write.
/// </summary>
public sealed class OnDemandOutputs(PreviewBuild build)
{
    private readonly ConcurrentDictionary<string, Lazy<OnDemandFile>> _files = new(StringComparer.Ordinal);

    /// <summary>The file named <paramref name="fileName"/> in a format built on demand, or null when the build has no such file.</summary>
    public OnDemandFile? Get(string fileName)
    {
        var source = build.Documents.SelectMany(d => OnDemandFormat.All.Select(f => (Document: d, Format: f)))
            .FirstOrDefault(x => x.Format.FileNameFor(x.Document.Name) == fileName);
        if (source.Document is null) return null;
        return _files.GetOrAdd(fileName, _ => new Lazy<OnDemandFile>(() => Write(source.Document.Name, source.Format))).Value;
    }

    /// <summary>Whether this build has written <paramref name="fileName"/> already (the tests' view of the cache).</summary>
    public bool IsCached(string fileName) => _files.TryGetValue(fileName, out var file) && file.IsValueCreated;

    private OnDemandFile Write(string documentName, OnDemandFormat format)
    {
        var diagnostics = new DiagnosticBag();
        var writer = format.Create();
        // Word's cached contents carry the PDF's page numbers, as in a build.
        var document = writer.Format is "pdf" or "docx" ? PdfWriter.Paginate(build.Find(documentName)!, build.Theme) : build.Find(documentName)!;
        using var buffer = new MemoryStream();
        writer.Write(document, build.Theme, buffer, diagnostics);
        // The EDGAR document is checked against EDGAR's rules as a build checks it.
        OutputVerifier.Verify(new OutputFile(writer.FileNameFor(documentName), documentName, writer.Format, buffer.ToArray(), null), document, diagnostics);
        return new OnDemandFile(format.ContentType, diagnostics.HasErrors ? null : buffer.ToArray(), diagnostics.Sorted());
    }
}

/// <summary>A file written on demand, with what its writer reported (a writer's error means no file).</summary>
public sealed record OnDemandFile(string ContentType, byte[]? Content, IReadOnlyList<Diagnostic> Diagnostics);
