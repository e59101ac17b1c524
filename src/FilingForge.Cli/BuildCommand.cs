using System.CommandLine;
using FilingForge.Compilation;
using FilingForge.Templating;
using FilingForge.Writers;

namespace FilingForge.Cli;

/// <summary><c>filingforge build</c>: the whole pipeline into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataDirectory();
        var output = new Option<string?>("--output", "-o") { Description = "Output folder. Default: out/<filing folder name>.", HelpName = "OUT" };
        var documents = new Option<string[]>("--document")
        {
            Description = "Build only these documents of the profile's (for schedule-14a-1992: proxy-statement, proxy-card, ethics-certification for all signers or ethics-certification-<person>). Repeat or separate with commas.",
            AllowMultipleArgumentsPerToken = true,
        };
        var formats = new Option<string[]>("--format")
        {
            Description = "Formats to write: html (EDGAR .htm and preview .html), docx, pdf. Comma-separated. Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var markdown = new Option<bool>("--markdown") { Description = "Also write each document's generated Markdown (NAME.md) for review." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took, the JIT time in it, and the process's start-up, JIT, GC and memory totals." };
        var draft = new Option<string?>("--draft")
        {
            Description = "Stamp every page of every format \"DRAFT — date — rev REVISION\" (e.g. the output of 'git describe --always --dirty'). A build without it is final and carries no stamp.",
            HelpName = "REVISION",
        };
        var draftDate = new Option<string?>("--draft-date")
        {
            Description = "The draft stamp's date (yyyy-MM-dd). Default: SOURCE_DATE_EPOCH; one of the two is required with --draft.",
            HelpName = "DATE",
        };
        var warnAsError = CommonOptions.WarningsAsErrors();
        var sarif = CommonOptions.Sarif();
        var templates = CommonOptions.Templates();
        var command = new Command("build", "Compile the filing into its documents (proxy statement, proxy card, one ethics certification per signer) in every format. Nothing in the output folder changes unless the build succeeds.")
        {
            data, output, documents, formats, markdown, warnAsError, sarif, templates, timings, draft, draftDate,
        };
        command.SetAction(parse => ResolveDraft(parse.GetValue(draft), parse.GetValue(draftDate)) switch
        {
            { Error: { } error } => CommandLine.UsageError(error),
            var resolved => Run(
            parse.GetValue(data)!,
            parse.GetValue(output),
            Split(parse.GetValue(documents)),
            Split(parse.GetValue(formats)),
            parse.GetValue(markdown),
            parse.GetValue(warnAsError),
            parse.GetValue(sarif),
            parse.GetValue(templates),
            parse.GetValue(timings),
            resolved.Label),
        });
        return command;
    }

    /// <summary>The draft label from <c>--draft</c>, <c>--draft-date</c> and <c>SOURCE_DATE_EPOCH</c>; no label without <c>--draft</c>.</summary>
    private static (DraftLabel? Label, string? Error) ResolveDraft(string? revision, string? date)
    {
        if (revision is null) return date is null ? (null, null) : (null, "--draft-date needs --draft REVISION.");
        if (!DraftLabel.IsValidRevision(revision)) return (null, $"draft revision '{revision}' must be 1-64 ASCII letters, digits or '-._+'.");
        var resolved = DraftLabel.ResolveDate(date, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
        if (resolved is null)
            return (null, date is null ? "--draft needs a date: pass --draft-date yyyy-MM-dd or set SOURCE_DATE_EPOCH." : $"--draft-date '{date}' is not a yyyy-MM-dd date.");
        return (new DraftLabel(resolved.Value, revision), null);
    }

    private static int Run(string dataDirectory, string? output, string[] documents, string[] formats, bool markdown, bool warningsAsErrors, FileInfo? sarif, DirectoryInfo? templates, bool timings, DraftLabel? draft)
    {
        if (!Directory.Exists(dataDirectory)) return CommandLine.UsageError($"data folder '{dataDirectory}' does not exist.");
        if (formats.FirstOrDefault(f => !WriterRegistry.Formats.Contains(f)) is { } badFormat) return CommandLine.UsageError($"unknown format '{badFormat}'; expected one of {string.Join(", ", WriterRegistry.Formats)}.");

        var filingName = Path.GetFileName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar));
        var outputDirectory = output ?? Path.Combine("out", filingName);
        if (OutputPath.FolderProblem(outputDirectory) is { } badOutput) return CommandLine.UsageError(badOutput);
        if (sarif is not null && OutputPath.FileProblem(sarif.ToString()) is { } badSarif) return CommandLine.UsageError(badSarif);
        var options = new BuildOptions
        {
            DataDirectory = dataDirectory,
            OutputDirectory = outputDirectory,
            TemplatesDirectory = templates?.FullName ?? CommonOptions.DefaultTemplates(),
            Documents = documents,
            Formats = formats,
            WarningsAsErrors = warningsAsErrors,
            WriteMarkdown = markdown,
            Draft = draft,
        };
        var compiler = new FilingCompiler();
        var result = compiler.Build(options);
        DiagnosticReporter.Report(result.Diagnostics, sarif);
        if (timings) TimingsReport.Print(compiler.Clock.Timings, Console.Out);
        Console.WriteLine(result.Succeeded
            ? $"build succeeded: {result.Outputs.Count} files in {options.OutputDirectory}; {DiagnosticReporter.Summary(result.Diagnostics)}"
            : $"build failed: {DiagnosticReporter.Summary(result.Diagnostics)}; {options.OutputDirectory} left unchanged");
        return result.Succeeded ? CommandLine.Ok : CommandLine.Failed;
    }


    private static string[] Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
}
