using System.Buffers;
using System.Text;
using System.Text.Unicode;
using FilingForge.Diagnostics;

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
                .Select(path => Read(NameOf(directory, path), DisplayPath(directory, path), File.ReadAllBytes(path)))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        return new TemplateFiles(directory, files);
    }

    /// <summary>
    /// A template's text. Bytes that are not UTF-8 would be read as U+FFFD and printed in every format, so the file
    /// carries FF5018 at the first bad byte, and the engine reports it instead of compiling the file.
    /// </summary>
    private static TemplateFile Read(string name, string displayPath, byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n");
        return new TemplateFile(name, displayPath, text, Utf8.IsValid(bytes) ? null : NotUtf8(displayPath, bytes));
    }

    private static Diagnostic NotUtf8(string displayPath, ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
            if (rune.Value == '\n') (line, column) = (line + 1, 1);
            else column++;
        }

        return TemplateDiagnostics.TemplateNotUtf8.At(new SourceLocation(displayPath, line, column), bytes[offset]);
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

/// <summary>One template: its name (as used in <c>{{ include "name" }}</c>), the path printed in diagnostics, its text.
/// <see cref="Fault"/> is set when the file could not be read as a template (its bytes are not UTF-8).</summary>
public sealed record TemplateFile(string Name, string DisplayPath, string Text, Diagnostic? Fault = null);
