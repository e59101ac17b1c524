using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FilingForge.Computation;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Tests.Computation;

/// <summary>
/// The loaded-and-computed filing as stable JSON for a snapshot: object keys sorted (ordinal) and written as data
/// keys, decimals as strings (so 1.89 and 100 keep their exact scale), dates as ISO dates, enums as data keys.
/// Source locations are left out. Inside the derived figures a person is written as its id and any other object of
/// the value tree as its data path (<c>option-grants.yaml#recipients[1].grants[0]</c>), since the tree itself is written once
/// under <c>filing</c>. Markdown prose (biographies, reports) is written as <c>"(markdown)"</c>: the snapshot guards
/// the figures and the structure, the document snapshots guard the prose, and a reworded biography should not make
/// this snapshot fail.
/// </summary>
public static class ComputedFilingJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ComputedFiling computed)
    {
        var root = new JsonObject
        {
            ["computed"] = Value(computed, asReference: false, skip: [nameof(ComputedFiling.Values), nameof(ComputedFiling.PeopleById)]),
            ["filing"] = Filing(computed.Values),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonNode? Value(object? value, bool asReference, IReadOnlyCollection<string>? skip = null) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(DataKeyNaming.ToDataKey(e.ToString())),
        MarkdownText => JsonValue.Create("(markdown)"),
        ObjectValue person when asReference && person.Path.StartsWith("people.yaml#", StringComparison.Ordinal) => JsonValue.Create(person.Text("id")),
        ObjectValue node when asReference => JsonValue.Create(node.Path),
        DataValue data => Tree(data),
        IDictionary dictionary => Dictionary(dictionary, asReference),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(item => Value(item, asReference)).ToArray()),
        _ => Object(value, asReference, skip ?? []),
    };

    private static JsonObject Dictionary(IDictionary dictionary, bool asReference)
    {
        var result = new JsonObject();
        foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal))
            result[key] = Value(dictionary[key], asReference);
        return result;
    }

    /// <summary>The filing's name and each data file under its key (<c>auditor_fees</c>).</summary>
    private static JsonObject Filing(FilingValues filing)
    {
        var result = new JsonObject();
        var entries = filing.Files.Select(f => (Key: f.Key.Replace('-', '_'), Value: (object?)f.Value)).Append(("name", filing.Name));
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal)) result[key] = Value(value, asReference: false);
        return result;
    }

    /// <summary>The value tree as written, or as defaulted: an object's fields sorted by key.</summary>
    private static JsonNode? Tree(DataValue value) => value switch
    {
        ObjectValue item => Sorted(item.Entries.Select(e => (e.Key, Tree(e.Value)))),
        ListValue list => new JsonArray(list.Items.Select(Tree).ToArray()),
        ScalarValue scalar => Value(scalar.Value, asReference: false),
        ComputedValue figure => Value(figure.Value, asReference: false),
        _ => null,
    };

    private static JsonObject Sorted(IEnumerable<(string Key, JsonNode? Value)> entries)
    {
        var result = new JsonObject();
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal)) result[key] = value;
        return result;
    }

    /// <summary>A derived record refers to the tree's objects it holds.</summary>
    private static JsonObject Object(object value, bool asReference, IReadOnlyCollection<string> skip)
    {
        var result = new JsonObject();
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !skip.Contains(p.Name))
            .OrderBy(p => DataKeyNaming.ToDataKey(p.Name), StringComparer.Ordinal);
        foreach (var property in properties)
            result[DataKeyNaming.ToDataKey(property.Name)] = Value(property.GetValue(value), asReference: true);
        return result;
    }
}
