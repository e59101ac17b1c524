using System.Text.RegularExpressions;

namespace FilingForge.Templating.Tables;

/// <summary>
/// YamlDotNet's deserializer messages in the words of a table definition's author. Its own name for what it expected
/// is a .NET type (<c>System.String, System.Private.CoreLib, Version=10.0.0.0, …</c>) or a parser event
/// (<c>SequenceStart</c>), which says nothing to someone editing a YAML file.
/// </summary>
public static partial class YamlErrorWording
{
    public static string Explain(string message)
    {
        if (NoDeserializer().Match(message) is { Success: true } type) return "expected " + Kind(type.Groups["type"].Value);
        if (WrongEvent().Match(message) is { Success: true } events)
            return $"expected {Shape(events.Groups["expected"].Value)}, found {Shape(events.Groups["found"].Value)}";
        return message;
    }

    private static string Kind(string type) => type switch
    {
        "System.String" => "text",
        "System.Decimal" or "System.Double" or "System.Single" => "a number",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => "a value of another shape (see templates/README.md)",
    };

    private static string Shape(string parserEvent) => parserEvent switch
    {
        "SequenceStart" => "a list",
        "MappingStart" => "a mapping (key: value)",
        "Scalar" => "a single value",
        _ => parserEvent,
    };

    [GeneratedRegex(@"deserialize the node into type (?<type>[\w.]+)(,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"^Expected '(?<expected>\w+)', got '(?<found>\w+)'", RegexOptions.CultureInvariant)]
    private static partial Regex WrongEvent();
}
