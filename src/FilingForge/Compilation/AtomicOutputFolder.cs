using System.Globalization;
using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// Puts a run's files into the output folder so that the folder holds the complete previous set or the complete new
/// set, whatever instant the run is killed at, and so that two runs into one folder never corrupt each other.
/// <list type="number">
/// <item>The run takes the folder's <see cref="FolderLock"/> (a second run waits its turn) and rolls back any commit a
/// killed run left half-done (<see cref="CommitJournal"/>), then removes the temporaries and backups such runs left:
/// under the lock, no live run owns any.</item>
/// <item>Each changed file is written in full and flushed to a temporary name in the folder; an unchanged file is left
/// alone, so rebuilding the same input touches nothing.</item>
/// <item>The journal is written; each old file is renamed to its backup (the seal, <c>manifest.json</c>, first), each
/// temporary to its final name (the seal last), and the journal is removed: the commit point. Then the backups go.</item>
/// </list>
/// A run killed before the commit point leaves a journal, and the next run (or reader, <see cref="Recover"/>) rolls the
/// folder back to the previous set before anything reads it; between the kill and then, the seal is absent whenever the
/// folder is a mix. Files the run does not write are never touched.
/// </summary>
public static class AtomicOutputFolder
{
    public const string TemporarySuffix = ".filingforge-tmp";
    public const string BackupSuffix = ".filingforge-old";

    /// <param name="seal">The file (among <paramref name="files"/>) that vouches for the others, e.g. <c>manifest.json</c>.</param>
    public static void Commit(string directory, IEnumerable<(string FileName, byte[] Content)> files, string? seal = null)
    {
        var created = !Directory.Exists(directory);
        try
        {
            Directory.CreateDirectory(directory);
            using var held = FolderLock.Acquire(directory);
            RecoverLocked(directory);
            CommitLocked(directory, files, seal is null ? null : Path.Combine(directory, seal), CommitTestHook.FromEnvironment());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created) TryDeleteEmptyFolder(directory);
            throw e as OutputFault ?? OutputFault.Writing(directory, e);
        }
    }

    /// <summary>One file, replaced by a single rename (atomic by itself), under a temporary name no other run uses.</summary>
    public static void CommitText(string directory, string fileName, string text)
    {
        var final = Path.Combine(directory, fileName);
        var temporary = final + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            Directory.CreateDirectory(directory);
            WriteDurably(temporary, new UTF8Encoding(false).GetBytes(text));
            File.Move(temporary, final, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw OutputFault.Writing(final, e);
        }
    }

    /// <summary>
    /// Before reading a folder a run may have been killed writing: rolls a half-done commit back. Does nothing (and
    /// creates nothing) in a folder without a journal.
    /// </summary>
    public static void Recover(string directory)
    {
        if (!File.Exists(Path.Combine(directory, CommitJournal.FileName))) return;
        using var held = FolderLock.Acquire(directory);
        RecoverLocked(directory);
    }

    private static void RecoverLocked(string directory)
    {
        CommitJournal.RollBack(directory);
        foreach (var leftover in Directory.EnumerateFiles(directory).Where(IsLeftover)) File.Delete(leftover);
    }

    private static bool IsLeftover(string path) =>
        path.EndsWith(TemporarySuffix, StringComparison.Ordinal) || path.EndsWith(BackupSuffix, StringComparison.Ordinal);

    private static void CommitLocked(string directory, IEnumerable<(string FileName, byte[] Content)> files, string? seal, CommitTestHook hook)
    {
        var staged = Stage(directory, files, hook);
        if (staged.Count == 0) return;
        try
        {
            Swap(directory, staged, seal, hook);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A rename the file system refused: put the previous set back now rather than leave it to the next run.
            try { RecoverLocked(directory); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            throw;
        }
    }

    private static void Swap(string directory, List<(string Temporary, string Final, bool HadOld)> staged, string? seal, CommitTestHook hook)
    {
        var sealFirst = staged.OrderByDescending(s => s.Final == seal).ToList();
        CommitJournal.Write(directory, sealFirst.Select(s => (s.Final, s.HadOld)));
        hook.Step("journal written");
        foreach (var (_, final, hadOld) in sealFirst.Where(s => s.HadOld))
        {
            File.Move(final, CommitJournal.BackupOf(final));
            hook.Step("backed up " + Path.GetFileName(final));
        }

        foreach (var (temporary, final, _) in staged.OrderBy(s => s.Final == seal))
        {
            File.Move(temporary, final);
            hook.Step("renamed " + Path.GetFileName(final));
        }

        CommitJournal.Complete(directory);
        hook.Step("journal removed");
        foreach (var (_, final, _) in sealFirst.Where(s => s.HadOld))
        {
            File.Delete(CommitJournal.BackupOf(final));
            hook.Step("removed backup of " + Path.GetFileName(final));
        }
    }

    /// <summary>The changed files written to temporaries; on a failure (a full disk) every temporary written so far is removed.</summary>
    private static List<(string Temporary, string Final, bool HadOld)> Stage(string directory, IEnumerable<(string FileName, byte[] Content)> files, CommitTestHook hook)
    {
        var staged = new List<(string Temporary, string Final, bool HadOld)>();
        try
        {
            foreach (var (fileName, content) in files)
            {
                var final = Path.Combine(directory, fileName);
                var hadOld = File.Exists(final);
                if (hadOld && Unchanged(final, content)) continue;
                var temporary = final + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + TemporarySuffix;
                staged.Add((temporary, final, hadOld)); // before the write, so a partial temporary (disk full) is removed too
                WriteDurably(temporary, content);
                hook.Step("staged " + fileName);
            }

            return staged;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _, _) in staged) TryDelete(temporary);
            throw OutputFault.Writing(staged.Count > 0 ? staged[^1].Final : directory, e);
        }
    }

    private static bool Unchanged(string path, byte[] content) =>
        new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);

    internal static void WriteDurably(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>A folder this commit created and could not fill is removed, so a failed write leaves nothing of its own.</summary>
    private static void TryDeleteEmptyFolder(string path)
    {
        try
        {
            var lockFile = Path.Combine(path, FolderLock.FileName);
            if (File.Exists(lockFile)) File.Delete(lockFile);
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
