using FilingForge.Diagnostics;

namespace FilingForge.Model;

/// <summary>
/// Base of every object loaded from a data file. The loader records where the object and each of its
/// fields came from, so that a check can point at the exact line a lawyer has to fix.
/// </summary>
public abstract class ModelNode
{
    private Dictionary<string, SourceLocation>? _fields;

    /// <summary>Where the object itself (its mapping) starts.</summary>
    public SourceLocation Location { get; internal set; } = SourceLocation.None;

    /// <summary>Data path of the object, such as <c>summary-compensation.yaml#officers[2].years[0]</c>.</summary>
    public string DataPath { get; internal set; } = "";

    /// <summary>
    /// The profile's value the object was projected from, so a later stage can go from the model back to the value tree;
    /// null for an object bound by reflection or built in code. Internal, so the template context does not see it.
    /// </summary>
    internal FilingForge.Values.ObjectValue? Source { get; set; }

    /// <summary>Where the value of the field named by its C# property name came from; the object's own location if absent.</summary>
    public SourceLocation LocationOf(string propertyName) =>
        _fields is not null && _fields.TryGetValue(propertyName, out var at) ? at : Location;

    internal void SetFieldLocation(string propertyName, SourceLocation location) =>
        (_fields ??= new Dictionary<string, SourceLocation>(StringComparer.Ordinal))[propertyName] = location;
}
