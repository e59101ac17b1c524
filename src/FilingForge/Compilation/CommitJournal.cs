using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// The record of a commit in progress, in <see cref="FileName"/> inside the output folder: each file the commit
/// replaces or adds (relative to the folder, '/' between folders), and whether an older version existed. It is written
/// durably before the first rename and removed after the last, and that removal is the commit point. A journal still
/// present means its commit was killed part-way; <see cref="RollBack"/> then restores the older set from the backups
/// (in <see cref="AtomicOutputFolder.BackupFolder"/>) and removes what that commit added, so the folder holds the
/// complete previous set again. Rolling back is idempotent, so a recovery that is itself killed is finished by the next one.
/// </summary>
internal static class CommitJournal
{
    public const string FileName = ".filingforge-commit";

    public static string BackupOf(string directory, string name) => Path.Combine(directory, AtomicOutputFolder.BackupFolder, name);

    /// <summary>A name that stays inside the folder: relative, no empty, '.' or '..' part, nothing the journal's lines could split.</summary>
    public static bool IsInside(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && name.IndexOfAny(['\\', '\t', '\n', '\r', '\0']) < 0
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    public static void Write(string directory, IEnumerable<(string Name, bool HadOld)> entries)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + AtomicOutputFolder.TemporarySuffix;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            foreach (var (name, hadOld) in entries) writer.Write((hadOld ? "replace\t" : "add\t") + name + "\n");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Marks the commit done: from here on the new set stands and the backups are garbage.</summary>
    public static void Complete(string directory) => File.Delete(Path.Combine(directory, FileName));

    /// <summary>Undoes a killed commit, if the folder has one; returns whether it did.</summary>
    public static bool RollBack(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return false;
        var addedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var (action, name) = line.Split('\t') is [var a, var n] ? (a, n) : ("", "");
            if (!IsInside(name)) continue; // never act outside the folder
            var final = Path.Combine(directory, name);
            var backup = BackupOf(directory, name);
            var besideFinal = final + AtomicOutputFolder.BackupSuffix; // where earlier versions kept it
            if (File.Exists(backup)) File.Move(backup, final, overwrite: true);
            else if (File.Exists(besideFinal)) File.Move(besideFinal, final, overwrite: true);
            else if (action == "add")
            {
                File.Delete(final);
                if (name.Contains('/')) addedFolders.Add(Path.GetDirectoryName(final)!);
            }
        }

        // A subfolder the killed commit created for its new files goes with them.
        foreach (var folder in addedFolders.OrderByDescending(f => f.Length))
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        File.Delete(path);
        return true;
    }
}
