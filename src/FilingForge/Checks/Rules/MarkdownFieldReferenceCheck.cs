using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// FF3116: every <c>{field}</c> a Markdown value names (<see cref="MarkdownFieldReferences"/>) is a field of the same
/// object that holds a date, so the prose never prints a brace or a blank (a text field may be a person's id or an
/// enumeration's value, which is not what a reader is meant to see, and a number has no one way to print).
/// </summary>
public sealed class MarkdownFieldReferenceCheck : ICheck
{
    /// <summary>Nothing by name: it reads every Markdown value the profile declares.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        foreach (var field in ValueWalker.MarkdownFields(context.Values))
            foreach (var name in MarkdownFieldReferences.Names(field.Text.Value))
                if (field.Owner[name] is not ScalarValue { IsDefault: false, Value: DateOnly })
                    context.Report(CheckDiagnostics.UnknownMarkdownField, field.Location, name, field.Name, Printable(field.Owner));
    }

    private static string Printable(ObjectValue owner)
    {
        var names = owner.Entries.Where(e => e.Value is ScalarValue { IsDefault: false, Value: DateOnly }).Select(e => e.Key).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
