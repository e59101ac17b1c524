namespace FilingForge.Tests.Support;

/// <summary>Copies of the repository's folders a test may change: the 1992 profile, the templates.</summary>
public static class TemporaryCopy
{
    /// <summary>
    /// The 1992 profile copied to <c>&lt;temp&gt;/&lt;prefix&gt;…/schedule-14a-1992</c>, so it keeps its name; the
    /// caller deletes the copy's parent folder.
    /// </summary>
    public static string OfProfile(string prefix, string profile = "schedule-14a-1992")
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        var copy = Path.Combine(root, profile);
        Folder(RepositoryPaths.At("profiles/" + profile), copy);
        return copy;
    }

    /// <summary>Every file below <paramref name="from"/>, into the same places below <paramref name="to"/>.</summary>
    public static void Folder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
