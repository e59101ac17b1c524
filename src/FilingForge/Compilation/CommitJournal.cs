using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// The record of a commit in progress, in <see cref="FileName"/> inside the output folder: each file the commit
/// replaces or adds, and whether an older version existed. It is written durably before the first rename and removed
/// after the last, and that removal is the commit point. A journal still present means its commit was killed part-way;
/// <see cref="RollBack"/> then restores the older set from the backups (<c>NAME.filingforge-old</c>) and removes what
/// that commit added, so the folder holds the complete previous set again. Rolling back is idempotent, so a recovery
/// that is itself killed is finished by the next one.
/// </summary>
internal static class CommitJournal
{
    public const string FileName = ".filingforge-commit";

    public static string BackupOf(string final) => final + AtomicOutputFolder.BackupSuffix;

    public static void Write(string directory, IEnumerable<(string Final, bool HadOld)> entries)
    {
        var text = new StringBuilder();
        foreach (var (final, hadOld) in entries) text.Append(hadOld ? "replace\t" : "add\t").Append(Path.GetFileName(final)).Append('\n');
        var path = Path.Combine(directory, FileName);
        var temporary = path + AtomicOutputFolder.TemporarySuffix;
        AtomicOutputFolder.WriteDurably(temporary, new UTF8Encoding(false).GetBytes(text.ToString()));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Marks the commit done: from here on the new set stands and the backups are garbage.</summary>
    public static void Complete(string directory) => File.Delete(Path.Combine(directory, FileName));

    /// <summary>Undoes a killed commit, if the folder has one; returns whether it did.</summary>
    public static bool RollBack(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return false;
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            var (action, name) = line.Split('\t') is [var a, var n] ? (a, n) : ("", "");
            if (name.Length == 0 || name != Path.GetFileName(name)) continue; // never act outside the folder
            var final = Path.Combine(directory, name);
            if (File.Exists(BackupOf(final))) File.Move(BackupOf(final), final, overwrite: true);
            else if (action == "add") File.Delete(final);
        }

        File.Delete(path);
        return true;
    }
}
