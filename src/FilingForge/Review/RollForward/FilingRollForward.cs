using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using static FilingForge.Review.RollForward.DataPath;

namespace FilingForge.Review.RollForward;

/// <summary>
/// <c>filingforge roll-forward FROM TO</c>: starts next year's filing from this year's data folder, as the filing's
/// profile declares (<c>roll-forward.yaml</c>): years move forward; a table of fiscal years keeps the most recent
/// ones (the summary compensation table three, the auditor fees two), gaining the new year as a copy of the last one;
/// and every value that must be re-entered each year (meeting and record dates, shares outstanding, ownership, grants)
/// keeps last year's value as a placeholder, marked with the YAML tag <c>!fill-in</c> so that <c>check</c> warns
/// (FF1901) at each until someone enters this year's figure and removes the tag. Files are edited as text: comments
/// and layout survive.
/// </summary>
public static class FilingRollForward
{
    /// <summary>How far a filing may be rolled at once: later than its own year (the point of rolling forward), and near
    /// enough that every shifted date stays a date (a year past 9999 is none).</summary>
    public const int MaxYearsForward = 100;

    public static RollForwardResult? Run(string from, string to, int? year, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(to) && Directory.EnumerateFileSystemEntries(to).Any())
        {
            diagnostics.Report(ReviewDiagnostics.RollForwardTargetExists, new SourceLocation(DisplayPath.Of(to), 0, 0), to);
            return null;
        }

        var meeting = ReadTree(Path.Combine(from, "meeting.yaml"), diagnostics);
        if (meeting is null) return null;
        var meetingYear = int.Parse(Scalar(meeting, "meeting_year")!.Value, CultureInfo.InvariantCulture);
        if (year is { } asked && (asked <= meetingYear || asked > meetingYear + MaxYearsForward))
        {
            diagnostics.Report(ReviewDiagnostics.RollForwardYearOutOfRange, SourceLocation.None, asked, meetingYear, meetingYear + 1, meetingYear + MaxYearsForward);
            return null;
        }

        // What moves and what is re-entered is the form's: the profile's roll-forward.yaml.
        var profile = FilingManifest.ProfileOf(from, Directory.EnumerateFiles(from).Select(Path.GetFileName).OfType<string>().ToArray(), diagnostics);
        if (profile is null) return null;
        var shift = (year ?? meetingYear + 1) - meetingYear;
        var rules = new RollForwardRules(profile.RollForward, shift, int.Parse(Scalar(meeting, "fiscal_year")!.Value, CultureInfo.InvariantCulture) + shift);

        var files = new List<(string Name, string Text)>();
        var marked = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(from).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            // A waiver is for this year's facts: next year's warnings are reviewed afresh, never accepted by a path
            // that now names another value (the new year's copy).
            if (name == FilingManifest.ReviewedFileName) continue;
            var text = File.ReadAllText(path);
            if (rules.For(name) is { } rule && Path.GetExtension(name) is ".yaml" or ".yml")
            {
                var root = DataTree.Parse(text, name, diagnostics);
                if (root is null) return null;
                var editor = new YamlTextEditor(text);
                rule(root, editor);
                text = editor.Apply();
                if (editor.Marks > 0) marked[name] = editor.Marks;
            }

            files.Add((name, text));
        }

        Compilation.NewOutputFolder.Create(to, files.Select(f => (f.Name, new System.Text.UTF8Encoding(false).GetBytes(f.Text))));
        return new RollForwardResult(meetingYear, meetingYear + shift, files.Select(f => f.Name).ToArray(), marked);
    }

    private static DataNode? ReadTree(string path, DiagnosticBag diagnostics)
    {
        return DataTree.Read(path, DisplayPath.Of(path), diagnostics);
    }
}
