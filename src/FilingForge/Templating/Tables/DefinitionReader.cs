using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Reads a table or chart definition from the YAML node tree the Load stage's reader makes, strictly and without
/// reflection: each class names its keys with the setter for each, so an unknown key or a value of the wrong shape is
/// FF5011 at its own line and column.
/// </summary>
internal sealed class DefinitionReader(DiagnosticBag diagnostics)
{
    public bool Failed { get; private set; }

    /// <summary>A mapping read into a new <typeparamref name="T"/> through <paramref name="fields"/>.</summary>
    public T? Object<T>(DataNode node, string what, IReadOnlyDictionary<string, Action<T, DataNode, DefinitionReader>> fields) where T : new()
    {
        if (node is not DataMapping mapping) return Wrong<T>(node, "a mapping");
        var value = new T();
        foreach (var (key, item) in mapping.Entries)
        {
            if (fields.TryGetValue(key.Value, out var set))
            {
                set(value, item, this);
                if (value is ILocatedDefinition located) located.Locations[key.Value] = item.Location;
            }
            else Report(key.Location, $"unknown key `{key.Value}` in {what}{NameSuggestion.DidYouMean(key.Value, fields.Keys.ToList())}");
        }

        return value;
    }

    public List<T> List<T>(DataNode node, Func<DataNode, T?> item) where T : class =>
        node is DataSequence sequence ? sequence.Items.Select(item).OfType<T>().ToList() : Wrong<List<T>>(node, "a list") ?? [];

    public string Text(DataNode node) => OptionalText(node) ?? "";

    public string? OptionalText(DataNode node) => node switch
    {
        DataScalar { IsNull: true } => null,
        DataScalar scalar => scalar.Value,
        _ => Wrong<string>(node, "text"),
    };

    /// <summary>One line or a list of lines: a header written as text or as its lines.</summary>
    public List<string> Lines(DataNode node) => node switch
    {
        DataScalar { IsNull: false } scalar => [scalar.Value],
        DataSequence sequence => sequence.Items.Select(OptionalText).OfType<string>().ToList(),
        _ => Wrong<List<string>>(node, "text or a list of lines") ?? [],
    };

    public decimal Number(DataNode node) =>
        node is DataScalar { IsPlain: true } scalar && decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : Wrong<decimal>(node, "a number");

    public bool Flag(DataNode node) =>
        node is DataScalar { IsPlain: true, Value: "true" or "false" } scalar ? scalar.Value == "true" : Wrong<bool>(node, "true or false");

    private T? Wrong<T>(DataNode node, string expected)
    {
        Report(node.Location, $"expected {expected}, found {node.Describe()}");
        return default;
    }

    private void Report(SourceLocation location, string problem)
    {
        Failed = true;
        diagnostics.Report(TemplateDiagnostics.TableDefinitionInvalid, location, problem);
    }
}
