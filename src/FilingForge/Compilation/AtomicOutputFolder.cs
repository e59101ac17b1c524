using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// Puts a run's files into the output folder so that the folder holds the complete previous set or the complete new
/// set, whatever instant the run is killed at, and so that two runs into one folder never corrupt each other.
/// <list type="number">
/// <item>Each file is written in full and flushed into the run's own folder under <see cref="StagingFolder"/> inside the
/// output folder (same file system, so a rename moves it into place). <see cref="OutputCommit"/> stages files given
/// whole or streamed.</item>
/// <item>The run takes the folder's <see cref="FolderLock"/> (a second run waits its turn) and rolls back any commit a
/// killed run left half-done (<see cref="CommitJournal"/>), then removes the backups and staged files such runs left
/// (a live run's staging folder is marked by its own lock). A file equal to the one in the folder is left alone, so
/// rebuilding the same input touches nothing. <see cref="Commit"/> (files given whole) holds the lock throughout.</item>
/// <item>The journal is written; each old file is renamed into the backup folder <see cref="BackupFolder"/> (the seal,
/// e.g. <c>manifest.json</c>, first), each staged file to its final name (the seal last), and the journal is removed:
/// the commit point. Then the backups go.</item>
/// </list>
/// A run killed before the commit point leaves a journal, and the next run (or reader, <see cref="Recover"/>) rolls the
/// folder back to the previous set before anything reads it; between the kill and then, the seal is absent whenever the
/// folder is a mix. Files the run does not write are never touched.
/// </summary>
public static class AtomicOutputFolder
{
    public const string TemporarySuffix = ".filingforge-tmp";
    public const string BackupSuffix = ".filingforge-old";

    /// <summary>Where a commit writes its files before the swap (removed by the commit, or by the next run after a kill).</summary>
    public const string StagingFolder = ".filingforge-staging";

    /// <summary>Where a commit keeps the files it replaces until its commit point has passed.</summary>
    public const string BackupFolder = ".filingforge-backup";

    /// <param name="seal">The file (among <paramref name="files"/>) that vouches for the others, e.g. <c>manifest.json</c>.</param>
    public static void Commit(string directory, IEnumerable<(string FileName, byte[] Content)> files, string? seal = null)
    {
        using var commit = OutputCommit.Begin(directory, seal, lockWait: null, holdLock: true);
        foreach (var (fileName, content) in files) commit.Add(fileName, content);
        commit.Complete();
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

    /// <summary>Under the lock: the killed commit rolled back, then the backups and the staged files of dead runs removed.</summary>
    internal static void RecoverLocked(string directory)
    {
        CommitJournal.RollBack(directory);
        // Temporaries and backups beside the files are what earlier versions (and the journal's own write) leave.
        foreach (var leftover in Directory.EnumerateFiles(directory).Where(IsLeftover)) File.Delete(leftover);
        var backups = Path.Combine(directory, BackupFolder);
        if (Directory.Exists(backups)) Directory.Delete(backups, recursive: true);
        var staging = Path.Combine(directory, StagingFolder);
        if (!Directory.Exists(staging)) return;
        // A run's staging folder is live while the run holds its lock (the system releases it when the run dies, even
        // by kill -9); a folder without its lock never belongs to a live run, which creates both under the folder's lock.
        foreach (var folder in Directory.EnumerateDirectories(staging))
        {
            using var owner = FolderLock.Hold(folder + ".lock");
            if (owner is null) continue; // a live run's, staging now
            Directory.Delete(folder, recursive: true);
            File.Delete(folder + ".lock");
        }

        foreach (var stray in Directory.EnumerateFiles(staging).Where(f => !Directory.Exists(Path.ChangeExtension(f, null))))
        {
            using var owner = FolderLock.Hold(stray);
            if (owner is not null) File.Delete(stray);
        }
    }

    /// <summary>The staging folder removed once no run stages in it; <paramref name="locked"/>: the caller holds the folder's lock.</summary>
    internal static void TryDeleteEmptyStaging(string directory, bool locked)
    {
        try
        {
            using var held = locked ? null : FolderLock.Hold(Path.Combine(directory, FolderLock.FileName));
            if (!locked && held is null) return; // another run is in its commit; the next run removes it
            var staging = Path.Combine(directory, StagingFolder);
            if (Directory.Exists(staging) && !Directory.EnumerateFileSystemEntries(staging).Any()) Directory.Delete(staging);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool IsLeftover(string path) =>
        path.EndsWith(TemporarySuffix, StringComparison.Ordinal) || path.EndsWith(BackupSuffix, StringComparison.Ordinal);

    internal static bool Unchanged(string path, byte[] content) =>
        new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);

    /// <summary>Whether two files have the same bytes, read in blocks (a streamed file may be larger than memory should hold).</summary>
    internal static bool SameContent(string a, string b)
    {
        if (new FileInfo(a).Length != new FileInfo(b).Length) return false;
        using var x = new FileStream(a, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var y = new FileStream(b, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var (bx, by) = (new byte[1 << 16], new byte[1 << 16]);
        while (true)
        {
            var n = x.ReadAtLeast(bx, bx.Length, throwOnEndOfStream: false);
            if (y.ReadAtLeast(by, n, throwOnEndOfStream: false) != n || !bx.AsSpan(0, n).SequenceEqual(by.AsSpan(0, n))) return false;
            if (n < bx.Length) return true;
        }
    }

    internal static void WriteDurably(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>A folder this commit created and could not fill is removed, so a failed write leaves nothing of its own.</summary>
    internal static void TryDeleteEmptyFolder(string path)
    {
        try
        {
            TryDeleteEmptyStaging(path, locked: false);
            var lockFile = Path.Combine(path, FolderLock.FileName);
            if (File.Exists(lockFile)) File.Delete(lockFile);
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    internal static void TryDeleteTree(string path)
    {
        try { if (Directory.Exists(path)) Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    internal static void TryDeleteFile(string path) => TryDelete(path);

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
