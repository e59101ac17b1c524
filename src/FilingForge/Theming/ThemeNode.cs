using FilingForge.Diagnostics;

namespace FilingForge.Theming;

/// <summary>
/// Base of every object of a theme. The reader records where the object and each of its fields came from in
/// <c>theme.yaml</c>, so that a theme check can point at the exact line a designer has to fix.
/// </summary>
public abstract class ThemeNode
{
    private Dictionary<string, SourceLocation>? _fields;

    /// <summary>Where the object itself (its mapping) starts.</summary>
    public SourceLocation Location { get; internal set; } = SourceLocation.None;

    /// <summary>Where the value of the field named by its C# property name came from; the object's own location if absent.</summary>
    public SourceLocation LocationOf(string propertyName) =>
        _fields is not null && _fields.TryGetValue(propertyName, out var at) ? at : Location;

    internal void SetFieldLocation(string propertyName, SourceLocation location) =>
        (_fields ??= new Dictionary<string, SourceLocation>(StringComparer.Ordinal))[propertyName] = location;
}
