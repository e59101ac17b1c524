using System.Diagnostics;
using System.Formats.Tar;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Review;

/// <summary>
/// Reads one side of a comparison from what a reviewer has at hand: a data folder (compiled through the Parse
/// stage), a build output folder (its <c>manifest.json</c> and the Markdown written by <c>build --markdown</c>,
/// parsed into IR), or a data folder at a git revision (extracted with <c>git archive</c> into a temporary folder).
/// </summary>
public static class ReviewInputReader
{
    public static ReviewInput? Read(string path, string templatesDirectory, DiagnosticBag diagnostics, string? label = null)
    {
        // A build killed mid-commit has moved its manifest aside: roll it back first, or the folder would read as data.
        if (Directory.Exists(path)) AtomicOutputFolder.Recover(path);
        if (File.Exists(Path.Combine(path, BuildManifest.FileName))) return FromBuildOutput(path, diagnostics, label);
        var documents = new FilingCompiler().CompileDocuments(
            new BuildOptions { DataDirectory = path, OutputDirectory = path, TemplatesDirectory = templatesDirectory }, diagnostics);
        return documents is null ? null : new ReviewInput(label ?? path, documents.Select(d => d.Document).ToArray(), path);
    }

    /// <summary>The Markdown files a build wrote beside its outputs, parsed back into IR.</summary>
    public static ReviewInput? FromBuildOutput(string folder, DiagnosticBag diagnostics, string? label = null)
    {
        var recorded = BuildManifest.ReadDocuments(Path.Combine(folder, BuildManifest.FileName));
        var order = recorded.Select(d => d.Name).ToList();
        var markdown = Directory.EnumerateFiles(folder, "*.md")
            .OrderBy(f => order.IndexOf(Path.GetFileNameWithoutExtension(f)) is var i and >= 0 ? i : order.Count)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();
        if (markdown.Length == 0)
        {
            diagnostics.Report(ReviewDiagnostics.NoMarkdownInBuildOutput, new SourceLocation(Loading.DisplayPath.Of(folder), 0, 0), folder);
            return null;
        }

        var documents = markdown.Select(file =>
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var properties = recorded.Where(d => d.Name == name).Select(d => d.Properties).FirstOrDefault() ?? PropertiesOf(name);
            return MarkdownParser.ParseForReview(text, name, properties, diagnostics);
        }).ToArray();
        return diagnostics.HasErrors ? null : new ReviewInput(label ?? folder, documents, null);
    }

    /// <summary>
    /// Extracts <paramref name="path"/> as it was at git revision <paramref name="revision"/> into a new temporary
    /// folder and returns that folder; the caller deletes it. Null (reported) when git cannot provide it.
    /// </summary>
    public static string? ExtractRevision(string revision, string path, DiagnosticBag diagnostics)
    {
        var target = Directory.CreateTempSubdirectory("filingforge-rev-").FullName;
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "archive", "--format=tar", $"{revision}:./{path.Replace('\\', '/').TrimEnd('/')}" }) start.ArgumentList.Add(a);
        try
        {
            using var git = Process.Start(start)!;
            var error = git.StandardError.ReadToEndAsync();
            using (var tar = new MemoryStream())
            {
                git.StandardOutput.BaseStream.CopyTo(tar);
                git.WaitForExit();
                if (git.ExitCode != 0) return Fail(target, revision, path, error.Result.Trim(), diagnostics);
                tar.Position = 0;
                TarFile.ExtractToDirectory(tar, target, overwriteFiles: false);
            }

            return target;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return Fail(target, revision, path, e.Message, diagnostics);
        }
    }

    private static string? Fail(string target, string revision, string path, string reason, DiagnosticBag diagnostics)
    {
        Directory.Delete(target, recursive: true);
        diagnostics.Report(ReviewDiagnostics.RevisionUnavailable, SourceLocation.None, path, revision, reason);
        return null;
    }

    /// <summary>
    /// For a folder whose manifest predates recorded properties: Markdown carries none, so the name stands in for the
    /// title, and the date is unknown.
    /// </summary>
    private static DocumentProperties PropertiesOf(string name) =>
        new(Title: name, Subject: "", Company: "", Author: "", Date: new DateOnly(1980, 1, 1), Preliminary: false);
}
