using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// Puts a build's files into the output folder without ever leaving a half-written file: each file is first
/// written in full to a temporary name in the same folder, flushed, then renamed over its final name. A build
/// that fails before <see cref="Commit"/> leaves the previous outputs untouched; files the build did not write
/// are never removed.
/// <para>
/// The guarantee is per file: a build killed while the staged files are being renamed (a window of milliseconds after
/// seconds of staging) leaves each file wholly old or wholly new, but possibly a mix of the two. A <c>seal</c> (the
/// manifest) tells which: the old seal is removed before the first rename and the new one is renamed last, so when the
/// seal is present it describes exactly the files present; when it is missing the folder is incomplete and the next
/// build repairs it. A whole-folder swap would avoid the mix, but would remove files the build did not write.
/// </para>
/// </summary>
public static class AtomicOutputFolder
{
    public const string TemporarySuffix = ".filingforge-tmp";

    /// <param name="seal">The file (among <paramref name="files"/>) that vouches for the others, e.g. <c>manifest.json</c>.</param>
    public static void Commit(string directory, IEnumerable<(string FileName, byte[] Content)> files, string? seal = null)
    {
        var created = !Directory.Exists(directory);
        try
        {
            CommitOrThrow(directory, files, seal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created) TryDeleteEmptyFolder(directory);
            throw e as OutputFault ?? OutputFault.Writing(directory, e);
        }
    }

    private static void CommitOrThrow(string directory, IEnumerable<(string FileName, byte[] Content)> files, string? seal)
    {
        Directory.CreateDirectory(directory);
        RemoveStaleTemporaries(directory);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (fileName, content) in files)
            {
                var final = Path.Combine(directory, fileName);
                var temporary = final + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + TemporarySuffix;
                staged.Add((temporary, final)); // before the write, so a partial temporary (disk full) is removed too
                WriteDurably(temporary, content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in staged) TryDelete(temporary);
            throw OutputFault.Writing(staged.Count > 0 ? staged[^1].Final : directory, e);
        }

        var sealPath = seal is null ? null : Path.Combine(directory, seal);
        if (sealPath is not null && !SealUnchanged(sealPath, staged)) File.Delete(sealPath);
        foreach (var (temporary, final) in staged.OrderBy(s => s.Final == sealPath)) File.Move(temporary, final, overwrite: true);
    }

    public static void CommitText(string directory, string fileName, string text) =>
        Commit(directory, [(fileName, new UTF8Encoding(false).GetBytes(text))]);

    /// <summary>An unchanged seal vouches for unchanged files: the renames then replace nothing by anything different.</summary>
    private static bool SealUnchanged(string sealPath, List<(string Temporary, string Final)> staged)
    {
        var temporary = staged.FirstOrDefault(s => s.Final == sealPath).Temporary;
        return temporary is not null && File.Exists(sealPath) && File.ReadAllBytes(sealPath).AsSpan().SequenceEqual(File.ReadAllBytes(temporary));
    }

    private static void WriteDurably(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Temporaries left by a build that was killed mid-write are garbage, never outputs.</summary>
    private static void RemoveStaleTemporaries(string directory)
    {
        foreach (var stale in Directory.EnumerateFiles(directory, "*" + TemporarySuffix)) TryDelete(stale);
    }

    /// <summary>A folder this commit created and could not fill is removed, so a failed write leaves nothing of its own.</summary>
    private static void TryDeleteEmptyFolder(string path)
    {
        try { if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path); }
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
