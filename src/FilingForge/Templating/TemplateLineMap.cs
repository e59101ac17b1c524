using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>
/// For each line of generated Markdown (1-based), the template file and line that wrote it. Lines written by a
/// helper (a whole ff-table) map to the template line that called the helper. The Parse stage uses this to point a
/// diagnostic about generated text at what the user wrote.
/// </summary>
public sealed class TemplateLineMap(IReadOnlyList<SourceLocation> lines)
{
    public IReadOnlyList<SourceLocation> Lines { get; } = lines;

    public int Count => Lines.Count;

    /// <summary>The template location of Markdown line <paramref name="markdownLine"/> (1-based); None outside the map.</summary>
    public SourceLocation this[int markdownLine] =>
        markdownLine >= 1 && markdownLine <= Lines.Count ? Lines[markdownLine - 1] : SourceLocation.None;
}
