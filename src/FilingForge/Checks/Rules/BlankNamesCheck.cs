using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The company's names and every person's name and surname are not blank (FF3115). A required key holds "" or spaces
/// without a word from the loader, and the documents would print an empty cover, signature or "Mr. ".
/// </summary>
public sealed class BlankNamesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "company.name", "company.short_name", "people.people.id", "people.people.name", "people.people.surname",
    ];

    public void Run(CheckContext context)
    {
        var company = context.Values.File("company");
        Require(context, company, "name", "the company's `name`");
        Require(context, company, "short_name", "the company's `short_name`");
        foreach (var person in context.Values.File("people").Objects("people"))
        {
            Require(context, person, "name", $"the `name` of person '{person.Text("id")}'");
            Require(context, person, "surname", $"the `surname` of person '{person.Text("id")}'");
        }
    }

    private static void Require(CheckContext context, ObjectValue item, string key, string what)
    {
        // A field the profile does not declare reads as null: only a written text can be blank.
        if (item.Text(key) is { } text && string.IsNullOrWhiteSpace(text)) context.Report(CheckDiagnostics.BlankName, item, key, what);
    }
}
