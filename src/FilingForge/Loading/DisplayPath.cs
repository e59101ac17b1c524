namespace FilingForge.Loading;

/// <summary>
/// How diagnostics name a file: relative to the current directory when it lies below it (as a compiler prints
/// <c>data/capstone-2003/auditor-fees.yaml</c>), absolute otherwise, always with forward slashes.
/// </summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
