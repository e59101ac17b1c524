using System.Text;

namespace FilingForge.Compilation;

/// <summary>
/// Puts a build's files into the output folder without ever leaving a half-written file: each file is first
/// written in full to a temporary name in the same folder, flushed, then renamed over its final name. A build
/// that fails before <see cref="Commit"/> leaves the previous outputs untouched; files the build did not write
/// are never removed.
/// </summary>
public static class AtomicOutputFolder
{
    public const string TemporarySuffix = ".filingforge-tmp";

    public static void Commit(string directory, IEnumerable<(string FileName, byte[] Content)> files)
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
                WriteDurably(temporary, content);
                staged.Add((temporary, final));
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged) TryDelete(temporary);
            throw;
        }

        foreach (var (temporary, final) in staged) File.Move(temporary, final, overwrite: true);
    }

    public static void CommitText(string directory, string fileName, string text) =>
        Commit(directory, [(fileName, new UTF8Encoding(false).GetBytes(text))]);

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

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
