namespace FilingForge.Compilation;

/// <summary>
/// Creates a folder that must not exist yet (or is empty), such as the data folder <c>roll-forward</c> starts: the
/// files are written into a sibling temporary folder, which is then renamed into place in one step. A killed run
/// leaves no half-filled folder under the final name, and the new folder holds only its files (no lock or journal,
/// which a data folder would report as unexpected files).
/// </summary>
public static class NewOutputFolder
{
    public static void Create(string directory, IEnumerable<(string FileName, byte[] Content)> files)
    {
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = full + "." + Guid.NewGuid().ToString("N") + AtomicOutputFolder.TemporarySuffix;
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (fileName, content) in files) AtomicOutputFolder.WriteDurably(Path.Combine(staging, fileName), content);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
            Directory.Move(staging, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            throw OutputFault.Writing(directory, e);
        }
    }
}
