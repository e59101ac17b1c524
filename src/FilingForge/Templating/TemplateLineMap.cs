using FilingForge.Diagnostics;
using FilingForge.Parsing;

namespace FilingForge.Templating;

/// <summary>
/// For each line of generated Markdown (1-based), the template file and line that wrote it. Lines written by a
/// helper (a whole ff-table) map to the template line that called the helper. <see cref="ToSourceMap"/> hands it to
/// the Parse stage, so that a diagnostic about generated text points at what the user wrote.
/// </summary>
public sealed class TemplateLineMap(IReadOnlyList<SourceLocation> lines)
{
    public IReadOnlyList<SourceLocation> Lines { get; } = lines;

    public int Count => Lines.Count;

    /// <summary>The template location of Markdown line <paramref name="markdownLine"/> (1-based); None outside the map.</summary>
    public SourceLocation Resolve(int markdownLine) =>
        markdownLine >= 1 && markdownLine <= Lines.Count ? Lines[markdownLine - 1] : SourceLocation.None;

    public SourceMap ToSourceMap()
    {
        var map = new SourceMap();
        foreach (var origin in Lines) map.Append(origin);
        return map;
    }
}
