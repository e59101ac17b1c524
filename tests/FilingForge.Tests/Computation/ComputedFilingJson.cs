using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FilingForge.Computation;
using FilingForge.Loading;
using FilingForge.Model;

namespace FilingForge.Tests.Computation;

/// <summary>
/// The loaded-and-computed filing as stable JSON for a snapshot: object keys sorted (ordinal) and written as data
/// keys, decimals as strings (so 1.89 and 100 keep their exact scale), dates as ISO dates, enums as data keys.
/// Source locations are left out. Inside the derived figures a person is written as its id and any other model
/// object as its data path (<c>option-grants.yaml#recipients[1].grants[0]</c>), since the model itself is written once
/// under <c>filing</c>.
/// </summary>
public static class ComputedFilingJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ComputedFiling computed)
    {
        var root = new JsonObject
        {
            ["computed"] = Value(computed, asReference: false, skip: [nameof(ComputedFiling.Filing), nameof(ComputedFiling.PeopleById)]),
            ["filing"] = Value(computed.Filing, asReference: false, skip: [nameof(Filing.Directory)]),
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
        MarkdownText md => JsonValue.Create(md.Value),
        Person p when asReference => JsonValue.Create(p.Id),
        ModelNode node when asReference => JsonValue.Create(node.DataPath),
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

    /// <summary>A model object writes its fields; a derived record refers to the model objects it holds.</summary>
    private static JsonObject Object(object value, bool asReference, IReadOnlyCollection<string> skip)
    {
        var inComputed = asReference || value is not ModelNode and not Filing;
        var result = new JsonObject();
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(ModelNode) && !skip.Contains(p.Name))
            .OrderBy(p => DataKeyNaming.ToDataKey(p.Name), StringComparer.Ordinal);
        foreach (var property in properties)
            result[DataKeyNaming.ToDataKey(property.Name)] = Value(property.GetValue(value), inComputed);
        return result;
    }
}
