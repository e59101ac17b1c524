namespace FilingForge.Templating;

/// <summary>
/// The template files of a templates folder. Every <c>*.md.sbn</c> file (Scriban producing Markdown) is named by its
/// path under the folder without the extension (<c>proxy-statement/proxy-statement</c>, <c>shared/company-heading</c>);
/// any of them can be included by that name.
/// </summary>
public sealed class TemplateFiles
{
    public const string Extension = ".md.sbn";

    private TemplateFiles(string directory, IReadOnlyList<TemplateFile> files)
    {
        Directory = directory;
        Files = files;
    }

    public string Directory { get; }
    public IReadOnlyList<TemplateFile> Files { get; }

    /// <summary>Identifies the folder's exact content: its path, and every file's name, display path and text.</summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    private string? _fingerprint;

    public TemplateFile? Find(string name) => Files.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// Whether <paramref name="name"/> has the shape of a template's name: a relative path of plain segments with
    /// forward slashes. Anything else (<c>../x</c>, <c>/etc/x</c>, <c>C:x</c>, <c>a\b</c>) would name a file outside the
    /// folder, and no include may reach one.
    /// </summary>
    public static bool IsTemplateName(string name) =>
        name.Length > 0 && !name.Contains('\\') && !name.Contains(':') && !Path.IsPathRooted(name)
        && name.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    public static TemplateFiles Load(string directory)
    {
        var files = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories)
                .Select(path => new TemplateFile(NameOf(directory, path), DisplayPath(directory, path), File.ReadAllText(path).Replace("\r\n", "\n")))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        return new TemplateFiles(directory, files);
    }

    public static TemplateFiles FromMemory(string directory, IEnumerable<TemplateFile> files) =>
        new(directory, files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());

    private string ComputeFingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(Path.GetFullPath(Directory));
        foreach (var file in Files)
        {
            Add(file.Name);
            Add(file.DisplayPath);
            Add(file.Text);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string NameOf(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return relative[..^Extension.Length];
    }

    /// <summary>How diagnostics print the file: <c>templates/proxy-card/proxy-card.md.sbn</c>.</summary>
    private static string DisplayPath(string directory, string path) =>
        (Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)) + "/" + Path.GetRelativePath(directory, path)).Replace('\\', '/');
}

/// <summary>One template: its name (as used in <c>{{ include "name" }}</c>), the path printed in diagnostics, its text.</summary>
public sealed record TemplateFile(string Name, string DisplayPath, string Text);
