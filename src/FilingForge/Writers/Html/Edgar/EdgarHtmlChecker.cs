using FilingForge.Diagnostics;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>
/// Checks an .htm file against EDGAR-RULES.md §1–8 and reports each breach as an FF61xx diagnostic at its
/// line:column in the file. It reads any bytes without throwing: a file that is not HTML at all yields
/// diagnostics, not exceptions. The build runs it on every .htm it writes.
/// </summary>
public sealed class EdgarHtmlChecker
{
    /// <summary>At most this many diagnostics per rule and file; the rest are counted in one FF6199.</summary>
    public int MaxReportsPerRule { get; init; } = 50;

    /// <summary>Checks a file on disk; the other files of its folder are the submission its links and images may name.</summary>
    public void CheckFile(string path, DiagnosticBag diagnostics) =>
        Check(path, File.ReadAllBytes(path), diagnostics, new FolderSubmission(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."));

    /// <summary>
    /// Checks <paramref name="content"/> as the file <paramref name="fileName"/> (used for the file-name rule and in
    /// locations). Without <paramref name="submission"/>, relative links and images are not looked up.
    /// </summary>
    public void Check(string fileName, ReadOnlySpan<byte> content, DiagnosticBag diagnostics, ISubmissionFiles? submission = null)
    {
        var run = new EdgarCheckRun(fileName, submission, MaxReportsPerRule);
        run.CheckFileName();
        var body = run.CheckCharacters(content);
        run.CheckMarkup(System.Text.Encoding.UTF8.GetString(body));
        diagnostics.AddRange(run.Finish());
    }
}
