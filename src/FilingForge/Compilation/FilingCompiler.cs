using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Loading;
using FilingForge.Parsing;
using FilingForge.Profiles;
using FilingForge.Templating;
using FilingForge.Theming;
using FilingForge.Writers;
using FilingForge.Writers.Pdf;

namespace FilingForge.Compilation;

/// <summary>
/// The pipeline: Load → Check → Compute → Template → Parse → Write. Each stage reports into the build's
/// <see cref="DiagnosticBag"/> (the writers, running in parallel, each into their own, merged in a fixed order); the
/// compiler stops after the first stage that reports an error, and only a build without errors touches the output folder.
/// </summary>
public sealed class FilingCompiler
{
    public StageClock Clock { get; } = new();

    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var outputs = Compile(options, diagnostics);
        var sorted = diagnostics.Sorted();
        if (outputs is null || FrontEnd.Fails(diagnostics, options.WarningsAsErrors)) return new BuildResult(sorted, [], false);
        try
        {
            Clock.Time("commit", () => Commit(options, outputs, sorted));
        }
        catch (OutputFault fault)
        {
            return new BuildResult([.. sorted, fault.Diagnostic], [], false);
        }

        return new BuildResult(sorted, outputs, true);
    }

    /// <summary>Everything but the commit to disk: the documents in every selected format, or null after an error.</summary>
    public List<OutputFile>? Compile(BuildOptions options, DiagnosticBag diagnostics)
    {
        var documents = CompileDocuments(options, diagnostics);
        if (documents is null) return null;
        var theme = LoadTheme(options.TemplatesDirectory, diagnostics);
        if (theme is null) return null;
        var stamped = documents.Select(d => Stamp(d.Document, options.Draft)).ToList();
        var outputs = Clock.Time("write", () => WriteAll(stamped, theme, options.Formats, diagnostics, Clock));
        if (options.WriteMarkdown) outputs.AddRange(documents.Select(d => MarkdownFile(d.Source)));
        return diagnostics.HasErrors ? null : outputs;
    }

    /// <summary>Load through Parse: the Document IR of each selected document (what the writers and the redline consume).</summary>
    public List<CompiledDocument>? CompileDocuments(BuildOptions options, DiagnosticBag diagnostics)
    {
        // The templates do not depend on the data, so they compile while the data loads and checks.
        var engine = Task.Run(() => Clock.Time("compile templates", () => CompiledTemplates.For(TemplateFiles.Load(options.TemplatesDirectory))));
        var front = FrontEnd.Run(options.DataDirectory, options.WarningsAsErrors, diagnostics, Clock, options.TemplatesDirectory);
        if (front.Computed is null || diagnostics.HasErrors) return null;
        ReportUnknownDocuments(options.Documents, front.Computed.Values.Profile, diagnostics);
        if (diagnostics.HasErrors) return null;

        var rendered = Clock.Time("template", () => TemplateRenderer.Render(front.Computed, engine.GetAwaiter().GetResult(), diagnostics))
            .Where(r => IsSelected(r.Name, options.Documents)).ToList();
        if (diagnostics.HasErrors) return null;

        var documents = Clock.Time("parse", () => rendered
            .Select(r => new CompiledDocument(r, MarkdownParser.Parse(r.Markdown, r.Name, r.Properties, diagnostics, r.LineMap, r.Facts, r.InlineXbrl)))
            .ToList());
        return diagnostics.HasErrors ? null : documents;
    }

    public Theme? LoadTheme(string templatesDirectory, DiagnosticBag diagnostics) =>
        Clock.Time("theme", () => ThemeFile.Load(Path.Combine(templatesDirectory, "shared", "theme.yaml"), diagnostics));

    /// <summary>
    /// Every document in every selected format. The writers are independent of one another, so they run in parallel,
    /// one per processor, longest first (the biggest documents, PDF and Word before HTML) so no long job starts last.
    /// Each reports into its own bag and the bags are merged in document and format order, so the outputs and the
    /// diagnostics are the same whatever order the writers finish in.
    /// </summary>
    /// <param name="clock">When given, records each writer's time per document ("pdf proxy-statement").</param>
    public static List<OutputFile> WriteAll(IReadOnlyList<FilingDocument> documents, Theme theme, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, StageClock? clock = null)
    {
        // The paged layout of each document, computed once by whichever of its PDF and Word jobs starts first.
        var paginated = documents.Select(d => new Lazy<FilingDocument>(() => PdfWriter.Paginate(d, theme), LazyThreadSafetyMode.ExecutionAndPublication)).ToArray();
        var jobs = documents.SelectMany((document, d) => WriterRegistry.For(formats).Select(writer => (Document: document, Writer: writer, Paginated: paginated[d]))).ToArray();
        var results = new (OutputFile File, DiagnosticBag Diagnostics)[jobs.Length];
        var longestFirst = Enumerable.Range(0, jobs.Length)
            .OrderByDescending(i => BlockTree.Descendants(jobs[i].Document.Blocks).Count())
            .ThenBy(i => WriterCost.IndexOf(jobs[i].Writer.Format) is var rank and >= 0 ? rank : WriterCost.Count)
            .ToArray();
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.ForEach(Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering), parallelism, i =>
            {
                var (source, writer, paginated) = jobs[i];
                var document = IsPaged(writer) ? paginated.Value : source;
                results[i] = clock is null
                    ? Write(document, writer, theme)
                    : clock.Time($"  {writer.Extension.TrimStart('.')} {document.Name}", () => Write(document, writer, theme));
            });
        }
        catch (AggregateException failed)
        {
            // A writer's I/O error (an unreadable font folder) leaves as itself, as it did when writers ran in turn.
            ExceptionDispatchInfo.Capture(failed.Flatten().InnerExceptions[0]).Throw();
        }
        foreach (var result in results) diagnostics.AddRange(result.Diagnostics.Items);
        return results.Select(r => r.File).Concat(ExtensionTaxonomies(documents, jobs.Select(j => j.Writer.Format))).ToList();
    }

    /// <summary>
    /// The extension taxonomy of each Inline XBRL document, beside the <c>.htm</c> whose <c>schemaRef</c> names it:
    /// written whenever the EDGAR document is, so the submission is complete.
    /// </summary>
    private static IEnumerable<OutputFile> ExtensionTaxonomies(IReadOnlyList<FilingDocument> documents, IEnumerable<string> formats)
    {
        if (!formats.Contains("htm")) return [];
        return documents.Where(d => d.InlineXbrl is not null)
            .SelectMany(d => Writers.Xbrl.ExtensionTaxonomyWriter.Write(d).Select(f => new OutputFile(f.FileName, d.Name, "xbrl", f.Content, null, d.Properties)));
    }

    /// <summary>The writers that print page numbers from the shared pagination.</summary>
    private static bool IsPaged(IDocumentWriter writer) => writer.Format is "pdf" or "docx";

    /// <summary>Formats from the slowest writer to the fastest.</summary>
    private static readonly List<string> WriterCost = ["pdf", "docx", "html"];

    private static (OutputFile File, DiagnosticBag Diagnostics) Write(FilingDocument document, IDocumentWriter writer, Theme theme)
    {
        var diagnostics = new DiagnosticBag();
        using var buffer = new MemoryStream();
        writer.Write(document, theme, buffer, diagnostics);
        var file = new OutputFile(writer.FileNameFor(document.Name), document.Name, writer.Format, buffer.ToArray(), PageCounter.Count(writer.Extension, buffer), document.Properties);
        OutputVerifier.Verify(file, document, diagnostics);
        return (file, diagnostics);
    }

    private static void Commit(BuildOptions options, IReadOnlyList<OutputFile> outputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        var filingName = Path.GetFileName(Path.GetFullPath(options.DataDirectory).TrimEnd(Path.DirectorySeparatorChar));
        var manifest = BuildManifest.Write(filingName, outputs, diagnostics);
        var files = outputs.Select(o => (o.FileName, o.Content))
            .Append((BuildManifest.FileName, new System.Text.UTF8Encoding(false).GetBytes(manifest)));
        AtomicOutputFolder.Commit(options.OutputDirectory, files, seal: BuildManifest.FileName);
    }

    /// <summary>A draft carries its stamp in the IR's properties, so the writers need know nothing of build options.</summary>
    private static FilingDocument Stamp(FilingDocument document, DraftLabel? draft) =>
        draft is null ? document : document with { Properties = document.Properties with { DraftStamp = draft.Text } };

    private static OutputFile MarkdownFile(RenderedDocument rendered) =>
        new(rendered.Name + ".md", rendered.Name, "md", new System.Text.UTF8Encoding(false).GetBytes(rendered.Markdown), null, rendered.Properties);

    /// <summary>Whether a document is among those asked for: by its name, or by its kind (<c>ethics-certification</c> selects each signer's).</summary>
    /// <summary>
    /// A document asked for by name (<c>--document</c>) that the filing's profile does not declare (FF5019): a declared
    /// name, or for a per-item document its name and the item's (<c>ethics-certification-clark</c>).
    /// </summary>
    private static void ReportUnknownDocuments(IReadOnlyCollection<string> selection, Profile profile, DiagnosticBag diagnostics)
    {
        var declared = profile.Documents;
        bool Known(string name) => declared.Any(d => name == d.Name || (d.ForEach is not null && name.StartsWith(d.Name + "-", StringComparison.Ordinal)));
        foreach (var name in selection.Where(s => !Known(s)))
            diagnostics.Report(TemplateDiagnostics.UnknownDocument, SourceLocation.None, name, profile.Name, string.Join(", ", declared.Select(d => d.Name)));
    }

    /// <summary>Whether a rendered document is one of those asked for: by its name, or a per-item document by the declared name.</summary>
    public static bool IsSelected(string documentName, IReadOnlyCollection<string> selection) =>
        selection.Count == 0 || selection.Any(s => documentName == s || documentName.StartsWith(s + "-", StringComparison.Ordinal));
}

/// <summary>One document through the Parse stage: its generated Markdown (with the template line map) and its IR.</summary>
public sealed record CompiledDocument(RenderedDocument Source, FilingDocument Document);
