using System.Collections.Concurrent;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>
/// Finds TrueType font files by family and style in a list of folders (a theme's font folders, or the operating
/// system's). Only each file's table directory and name table are read; folder indexes are cached for the process.
/// </summary>
public sealed class FontLocator
{
    /// <summary>Lazy, so writers starting together scan a folder once.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<FontFileInfo>>> FolderIndex = new(StringComparer.Ordinal);

    public FontLocator(IEnumerable<string> folders)
    {
        Folders = folders.ToList();
    }

    public IReadOnlyList<string> Folders { get; }

    /// <summary>The fonts installed on this machine: the system font folders of Linux, Windows and macOS.</summary>
    public static FontLocator Installed { get; } = new(SystemFolders());

    /// <summary>No folders: a machine with no fonts installed, for tests that must not depend on the machine.</summary>
    public static FontLocator None { get; } = new([]);

    public static IEnumerable<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        yield return "/usr/share/fonts";
        yield return "/usr/local/share/fonts";
        if (home.Length > 0)
        {
            yield return Path.Combine(home, ".fonts");
            yield return Path.Combine(home, ".local", "share", "fonts");
            yield return Path.Combine(home, "Library", "Fonts");
        }

        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (windows.Length > 0) yield return windows;
        yield return "/Library/Fonts";
        yield return "/System/Library/Fonts";
    }

    public FontFileInfo? Find(string family, FontStyle style)
    {
        foreach (var folder in Folders)
        {
            var match = Index(folder).FirstOrDefault(f => f.Style == style && string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
        }

        return null;
    }

    private static IReadOnlyList<FontFileInfo> Index(string folder)
    {
        var path = Path.GetFullPath(folder);
        var index = FolderIndex.GetOrAdd(path, p => new Lazy<IReadOnlyList<FontFileInfo>>(() => Scan(p)));
        try
        {
            return index.Value;
        }
        catch
        {
            FolderIndex.TryRemove(new KeyValuePair<string, Lazy<IReadOnlyList<FontFileInfo>>>(path, index)); // a failed scan is retried, not remembered
            throw;
        }
    }

    private static IReadOnlyList<FontFileInfo> Scan(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var found = new List<FontFileInfo>();
        foreach (var file in files)
        {
            var info = ReadInfo(file);
            if (info is not null) found.Add(info);
        }

        return found;
    }

    /// <summary>Reads a font's names without loading its outlines; null for files that are not glyf TrueType.</summary>
    public static FontFileInfo? ReadInfo(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[12];
            stream.ReadExactly(header);
            var version = header.U32(0);
            if (version != 0x00010000 && version != 0x74727565) return null;
            var directory = new byte[12 + header.U16(4) * 16];
            header.CopyTo(directory, 0);
            stream.ReadExactly(directory, 12, directory.Length - 12);
            var tables = TrueTypeFont.ReadTableDirectory(directory);
            if (!tables.TryGetValue("name", out var name) || !tables.ContainsKey("glyf")) return null;
            var nameBytes = new byte[name.Length];
            stream.Position = name.Offset;
            stream.ReadExactly(nameBytes);
            var (family, subfamily, _) = FontNames.Read(nameBytes, name with { Offset = 0 });
            return new FontFileInfo(path, family, subfamily, StyleOf(subfamily));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Maps a subfamily name to one of the four styles; other weights and widths (Light, Condensed) are none of them.</summary>
    public static FontStyle? StyleOf(string subfamily) => subfamily.Trim().ToLowerInvariant() switch
    {
        "regular" or "book" or "normal" or "roman" => FontStyle.Regular,
        "bold" => FontStyle.Bold,
        "italic" or "oblique" => FontStyle.Italic,
        "bold italic" or "bold oblique" or "bolditalic" => FontStyle.BoldItalic,
        _ => null,
    };
}
