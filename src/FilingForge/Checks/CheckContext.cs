using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>What every check gets: the filing, where to report, and the people index built once.</summary>
public sealed class CheckContext
{
    public CheckContext(FilingValues values, DiagnosticBag diagnostics)
    {
        Values = values;
        Diagnostics = diagnostics;
        _filing = new Lazy<Filing>(() => Loading.Projection.FilingProjection.Of(values, values.Name, values.Directory));
        PersonValues = PeopleById(Values);
    }

    public CheckContext(Filing filing, DiagnosticBag diagnostics)
    {
        _filing = new Lazy<Filing>(filing);
        // A filing built in code has no tree; its rules written against field paths then see an empty filing.
        Values = filing.Values ?? new FilingValues(new Profiles.Profile("none", "", null, [], new Dictionary<string, Profiles.ObjectTypeDeclaration>(),
            new Dictionary<string, Profiles.EnumerationDeclaration>(), []), new Dictionary<string, ObjectValue>());
        Diagnostics = diagnostics;
        PersonValues = PeopleById(Values);
    }

    private readonly Lazy<Filing> _filing;

    /// <summary>The typed model, for the rules not yet written against field paths.</summary>
    public Filing Filing => _filing.Value;

    /// <summary>The filing as its profile types it: what rules written against field paths read.</summary>
    public FilingValues Values { get; }

    public DiagnosticBag Diagnostics { get; }
    public IReadOnlyDictionary<string, Person> People => _people ??= FilingCalculator.PeopleIndex(Filing.People);

    private IReadOnlyDictionary<string, Person>? _people;

    /// <summary><c>people.yaml</c>'s people by id; the first entry wins when an id is duplicated (FF3102 reports it).</summary>
    public IReadOnlyDictionary<string, ObjectValue> PersonValues { get; }

    /// <summary>Reports at the field <paramref name="key"/> of an object of the value tree (at the object when the field was not written).</summary>
    public void Report(DiagnosticDescriptor descriptor, ObjectValue item, string key, params object?[] args) =>
        Diagnostics.Report(descriptor, item.LocationOf(key), args);

    /// <summary>Reports at item <paramref name="index"/> of a list field of the value tree.</summary>
    public void ReportItem(DiagnosticDescriptor descriptor, ObjectValue item, string key, int index, params object?[] args) =>
        Diagnostics.Report(descriptor, item.LocationOfItem(key, index), args);

    /// <summary>Reports at the exact field of <paramref name="node"/> named by its C# property name.</summary>
    public void Report(DiagnosticDescriptor descriptor, ModelNode node, string property, params object?[] args) =>
        Diagnostics.Report(descriptor, node.LocationOf(property), args);

    /// <summary>Reports at a location of the filing's value tree (<see cref="ObjectValue.LocationOf"/>), where no model node is at hand.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Diagnostics.Report(descriptor, location, args);

    /// <summary>Reports at one element of a list field (<c>members[2]</c>), or at the list when elements have no position.</summary>
    public void ReportItem(DiagnosticDescriptor descriptor, ModelNode node, string property, int index, params object?[] args) =>
        Diagnostics.Report(descriptor, Where.Item(node, property, index), args);

    /// <summary>A person's display name, or the id itself when it is unknown (reported elsewhere).</summary>
    public string NameOf(string personId) =>
        PersonValues.TryGetValue(personId, out var p) ? p.Text("name") ?? personId
        : Values.Files.Count == 0 && People.TryGetValue(personId, out var person) ? person.Name
        : personId;

    private static Dictionary<string, ObjectValue> PeopleById(FilingValues values)
    {
        var byId = new Dictionary<string, ObjectValue>(StringComparer.Ordinal);
        foreach (var person in values.File("people").Objects("people"))
            if (person.Text("id") is { } id) byId.TryAdd(id, person);
        return byId;
    }
}
