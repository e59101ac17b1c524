using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>
/// Whether a path given on the command line can take an output, checked before any work is done so that a typo costs
/// no build and never reaches the file system as a rename over a device or a file.
/// </summary>
public static class OutputPath
{
    /// <summary>Why <paramref name="path"/> cannot be an output folder, or null when it can (existing or to be created).</summary>
    public static Diagnostic? FolderProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return Folder(path, "is empty; give a folder");
        if (IsDevice(path)) return Folder(path, "is in the system's device or process folders");
        if (Directory.Exists(path)) return null;
        if (File.Exists(path)) return Folder(path, "is an existing file or device, not a folder");
        return FileAncestor(path) is { } file ? Folder(path, $"is inside '{file}', which is a file, not a folder") : null;
    }

    /// <summary>Why <paramref name="path"/> cannot be an output file (SARIF, a register), or null when it can.</summary>
    public static Diagnostic? FileProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return FileDiagnostic(path, "is empty; give a file name");
        if (Directory.Exists(path)) return FileDiagnostic(path, "is a folder; give a file name");
        if (IsDevice(path)) return FileDiagnostic(path, "is a device, pipe or socket, not a regular file");
        return FileAncestor(path) is { } file ? FileDiagnostic(path, $"is inside '{file}', which is a file, not a folder") : null;
    }

    /// <summary>The nearest existing ancestor of <paramref name="path"/> when it is not a folder.</summary>
    private static string? FileAncestor(string path)
    {
        for (var parent = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent)) return null;
            if (File.Exists(parent)) return parent;
        }

        return null;
    }

    /// <summary>
    /// A path into the system's device and process folders is never an output: replacing it by rename (as root) would
    /// replace <c>/dev/null</c> itself. .NET does not tell a device from a file, so the folder names it.
    /// </summary>
    private static bool IsDevice(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        var full = Path.GetFullPath(path);
        var target = new FileInfo(full).LinkTarget is { } link ? Path.GetFullPath(link, Path.GetDirectoryName(full)!) : full;
        return new[] { full, target }.Any(p => SystemFolders.Any(f => p.StartsWith(f, StringComparison.Ordinal)));
    }

    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    private static Diagnostic Folder(string path, string problem) => OutputDiagnostics.NotAFolder.At(Where(path), path, problem);

    private static Diagnostic FileDiagnostic(string path, string problem) => OutputDiagnostics.NotAFile.At(Where(path), path, problem);

    private static SourceLocation Where(string path) => string.IsNullOrWhiteSpace(path) ? SourceLocation.None : new SourceLocation(path, 0, 0);
}
