using System.Text;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Review.DataDiff;
using FilingForge.Review.Diff;
using FilingForge.Review.Redline;

namespace FilingForge.Review;

/// <summary>
/// Compares two versions of a filing document by document (matched by name) and produces the review files: for
/// each document a blackline (<c>NAME.blackline.html</c>) and a Word redline (<c>NAME.redline.docx</c>), a
/// <c>summary.txt</c> of all documents, and, when both sides came from data, <c>data-diff.txt</c>.
/// </summary>
public static class FilingComparison
{
    public const string SummaryFileName = "summary.txt";
    public const string DataDiffFileName = "data-diff.txt";

    public static IReadOnlyList<DocumentChanges> Compare(ReviewInput old, ReviewInput @new)
    {
        var names = @new.Documents.Select(d => d.Name).Concat(old.Documents.Select(d => d.Name)).Distinct(StringComparer.Ordinal);
        return names.Select(name =>
        {
            var before = old.Documents.FirstOrDefault(d => d.Name == name);
            var after = @new.Documents.FirstOrDefault(d => d.Name == name);
            return DocumentDiff.Compare(before ?? Empty(after!), after ?? Empty(before!));
        }).ToArray();
    }

    public static IReadOnlyList<OutputFile> Write(ReviewInput old, ReviewInput @new, DiagnosticBag diagnostics)
    {
        var compared = Compare(old, @new);
        var files = new List<OutputFile>();
        foreach (var changes in compared)
        {
            files.Add(Text($"{changes.Name}.blackline.html", changes.Name, "html", BlacklineHtmlWriter.Write(changes, old.Label, @new.Label)));
            files.Add(new OutputFile($"{changes.Name}.redline.docx", changes.Name, "docx", TrackedChangesDocxWriter.Write(changes, old.Label, @new.Label), null));
        }

        files.Add(Text(SummaryFileName, "summary", "txt", Summary(compared, old.Label, @new.Label)));
        if (old.DataDirectory is { } oldData && @new.DataDirectory is { } newData)
        {
            var facts = DataFolderDiff.Compare(oldData, newData, diagnostics);
            files.Add(Text(DataDiffFileName, "data", "txt", DataFolderDiff.Format(facts, old.Label, @new.Label)));
        }

        return files;
    }

    public static string Summary(IReadOnlyList<DocumentChanges> compared, string oldLabel, string newLabel)
    {
        var text = new StringBuilder();
        text.Append("Compared ").Append(oldLabel).Append(" with ").Append(newLabel).Append('\n');
        foreach (var changes in compared)
        {
            text.Append('\n').Append(changes.Name).Append(": ");
            text.Append(changes.HasChanges ? $"{changes.Summary.Total} change{(changes.Summary.Total == 1 ? "" : "s")}\n" : "no changes\n");
            foreach (var s in changes.Summary.Sections)
                text.Append("  ").Append(s.Section).Append(": ").Append(s.Inserted).Append(" inserted, ").Append(s.Deleted).Append(" deleted, ")
                    .Append(s.Modified).Append(" changed, ").Append(s.Moved).Append(" moved\n");
            foreach (var line in changes.Summary.Changes) text.Append("  - ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static FilingDocument Empty(FilingDocument like) => like with { Blocks = [] };

    private static OutputFile Text(string fileName, string document, string format, string text) =>
        new(fileName, document, format, new UTF8Encoding(false).GetBytes(text), null);
}
