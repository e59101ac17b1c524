using System.Globalization;
using System.Text;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Templating;

/// <summary>
/// Fills what a profile declares about a document from the data: a title's <c>{file.field}</c> placeholders, the
/// value a property names, the items a per-item document is rendered for. Looking values up is not computing, so it
/// belongs to the Template stage; the profile reader has resolved every path, so a path here always names a field.
/// </summary>
internal static class DocumentTexts
{
    /// <summary>The text with each placeholder replaced by the value it names (empty where the data states none).</summary>
    public static string Fill(DocumentText text, FilingValues filing)
    {
        var filled = new StringBuilder();
        var last = 0;
        foreach (var placeholder in text.Placeholders)
        {
            filled.Append(text.Text, last, placeholder.Start - last).Append(Format(Value(filing, placeholder.Path)));
            last = placeholder.Start + placeholder.Length;
        }

        return filled.Append(text.Text, last, text.Text.Length - last).ToString();
    }

    public static object? Value(FilingValues filing, DataFieldPath path) =>
        ObjectAt(filing, path.File, path.Fields[..^1]).Scalar(path.Fields[^1]);

    /// <summary>The items a per-item document is rendered for, in the order written.</summary>
    public static IReadOnlyList<ObjectValue> Items(FilingValues filing, DocumentItems items) =>
        ObjectAt(filing, items.File, items.Fields[..^1]).Objects(items.Fields[^1]);

    /// <summary>The object the fields lead to from the file's top; an empty one where the data states none.</summary>
    private static ObjectValue ObjectAt(FilingValues filing, string file, string[] fields)
    {
        var item = filing.File(file);
        foreach (var field in fields) item = item.Object(field) ?? new ObjectValue(item.Location, item.Path, []);
        return item;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
