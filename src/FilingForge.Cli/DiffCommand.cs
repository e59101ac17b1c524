using System.CommandLine;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Review;

namespace FilingForge.Cli;

/// <summary>
/// <c>filingforge diff OLD NEW -o OUT [--rev REV]</c>: compares two versions of a filing on the Document IR and writes
/// a blackline HTML and a tracked-changes .docx per document, a summary, and a data diff when both sides are data.
/// OLD and NEW are each a data folder or a build output folder (with <c>--markdown</c>); with <c>--rev</c>, OLD is read
/// as it was at that git revision.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = "The earlier version: a data folder, or a build output folder written with --markdown." };
        var @new = new Argument<string>("NEW") { Description = "The later version: a data folder, or a build output folder written with --markdown." };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the blackline, the redline, the summary and the data diff.", HelpName = "OUT", Required = true };
        var revision = new Option<string?>("--rev") { Description = "Read OLD as it was at this git revision (tag, branch or commit), e.g. v2003-final.", HelpName = "REV" };
        var templates = CommonOptions.Templates();
        var command = new Command("diff", "Compare two versions of a filing: blackline HTML and tracked-changes Word document per document, a changes summary, and a data diff by file:line.")
        {
            old, @new, output, revision, templates,
        };
        command.SetAction(parse => Run(parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(output)!, parse.GetValue(revision),
            parse.GetValue(templates)?.FullName ?? CommonOptions.DefaultTemplates()));
        return command;
    }

    private static int Run(string oldPath, string newPath, string output, string? revision, string templates)
    {
        if (revision is null && !Directory.Exists(oldPath)) return CommandLine.UsageError($"'{oldPath}' does not exist.");
        if (!Directory.Exists(newPath)) return CommandLine.UsageError($"'{newPath}' does not exist.");
        if (OutputPath.FolderProblem(output) is { } badOutput) return CommandLine.UsageError(badOutput);

        var diagnostics = new DiagnosticBag();
        var extracted = revision is null ? null : ReviewInputReader.ExtractRevision(revision, oldPath, diagnostics);
        try
        {
            var old = revision is null || extracted is not null
                ? ReviewInputReader.Read(extracted ?? oldPath, templates, diagnostics, revision is null ? oldPath : $"{revision}:{oldPath}")
                : null;
            var @new = old is null ? null : ReviewInputReader.Read(newPath, templates, diagnostics, newPath);
            var files = old is null || @new is null ? null : FilingComparison.Write(old, @new, diagnostics);
            var sorted = diagnostics.Sorted();
            DiagnosticReporter.Report(sorted, null);
            if (files is null || diagnostics.HasErrors)
            {
                Console.WriteLine($"diff failed: {DiagnosticReporter.Summary(sorted)}");
                return CommandLine.Failed;
            }

            AtomicOutputFolder.Commit(output, files.Select(f => (f.FileName, f.Content)));
            Console.Write(File.ReadAllText(Path.Combine(output, FilingComparison.SummaryFileName)));
            Console.WriteLine($"diff written to {output}: {files.Count} files");
            return CommandLine.Ok;
        }
        finally
        {
            if (extracted is not null) Directory.Delete(extracted, recursive: true);
        }
    }

}
