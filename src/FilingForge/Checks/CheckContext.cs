using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>What every check gets: the filing, where to report, and the people index built once.</summary>
public sealed class CheckContext
{
    public CheckContext(Filing filing, DiagnosticBag diagnostics)
    {
        Filing = filing;
        Diagnostics = diagnostics;
        People = FilingCalculator.PeopleIndex(filing.People);
    }

    public Filing Filing { get; }
    public DiagnosticBag Diagnostics { get; }
    public IReadOnlyDictionary<string, Person> People { get; }

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
    public string NameOf(string personId) => People.TryGetValue(personId, out var p) ? p.Name : personId;
}
