using FilingForge.Diagnostics;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>What every check gets: the filing's value tree, where to report, and the people index built once.</summary>
public sealed class CheckContext(FilingValues values, DiagnosticBag diagnostics)
{
    /// <summary>The filing as its profile types it: what rules written against field paths read.</summary>
    public FilingValues Values { get; } = values;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary><c>people.yaml</c>'s people by id; the first entry wins when an id is duplicated (FF3102 reports it).</summary>
    public IReadOnlyDictionary<string, ObjectValue> PersonValues => Values.PeopleById;

    /// <summary>Reports at the field <paramref name="key"/> of an object of the value tree (at the object when the field was not written).</summary>
    public void Report(DiagnosticDescriptor descriptor, ObjectValue item, string key, params object?[] args) =>
        Diagnostics.Report(descriptor, item.LocationOf(key), args);

    /// <summary>Reports at item <paramref name="index"/> of a list field of the value tree.</summary>
    public void ReportItem(DiagnosticDescriptor descriptor, ObjectValue item, string key, int index, params object?[] args) =>
        Diagnostics.Report(descriptor, item.LocationOfItem(key, index), args);

    /// <summary>Reports at a location of the filing's value tree that is not one field's (a file, an expression's item).</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Diagnostics.Report(descriptor, location, args);

    /// <summary>A person's display name, or the id itself when it is unknown (reported elsewhere).</summary>
    public string NameOf(string personId) => PersonValues.TryGetValue(personId, out var p) ? p.Text("name") ?? personId : personId;
}
