namespace FilingForge.Diagnostics;

/// <summary>
/// Maps each line of generated Markdown (1-based) back to the template line that produced it, so that a parse
/// diagnostic points at what the user wrote. The Template stage fills it while rendering; lines it never maps
/// (or maps to <see cref="SourceLocation.None"/>) are reported at their place in the Markdown itself.
/// </summary>
public sealed class SourceMap
{
    private readonly List<SourceLocation> _origins = new();

    /// <summary>How many Markdown lines have an entry (mapped or explicitly unknown).</summary>
    public int Count => _origins.Count;

    /// <summary>A map whose line N (1-based) came from <paramref name="origins"/>[N - 1].</summary>
    public static SourceMap Of(IEnumerable<SourceLocation> origins)
    {
        var map = new SourceMap();
        foreach (var origin in origins) map.Append(origin);
        return map;
    }

    /// <summary>Records the origin of the next Markdown line (line <see cref="Count"/> + 1).</summary>
    public void Append(SourceLocation origin) => _origins.Add(origin);

    /// <summary>Records the origin of <paramref name="markdownLine"/> (1-based); earlier unset lines stay unknown.</summary>
    public void Set(int markdownLine, SourceLocation origin)
    {
        if (markdownLine < 1) throw new ArgumentOutOfRangeException(nameof(markdownLine), "Markdown lines are 1-based.");
        while (_origins.Count < markdownLine) _origins.Add(SourceLocation.None);
        _origins[markdownLine - 1] = origin;
    }

    /// <summary>The template location of <paramref name="markdownLine"/> (1-based), or <see cref="SourceLocation.None"/>.</summary>
    public SourceLocation Resolve(int markdownLine) =>
        markdownLine >= 1 && markdownLine <= _origins.Count ? _origins[markdownLine - 1] : SourceLocation.None;
}
