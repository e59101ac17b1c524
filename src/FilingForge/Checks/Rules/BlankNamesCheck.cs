using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The company's names and every person's name and surname are not blank (FF3115). A required key holds "" or spaces
/// without a word from the loader, and the documents would print an empty cover, signature or "Mr. ".
/// </summary>
public sealed class BlankNamesCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var company = context.Filing.Company;
        Require(context, company, nameof(CompanyFile.Name), company.Name, "the company's `name`");
        Require(context, company, nameof(CompanyFile.ShortName), company.ShortName, "the company's `short_name`");
        foreach (var person in context.Filing.People.People)
        {
            Require(context, person, nameof(Person.Name), person.Name, $"the `name` of person '{person.Id}'");
            Require(context, person, nameof(Person.Surname), person.Surname, $"the `surname` of person '{person.Id}'");
        }
    }

    private static void Require(CheckContext context, ModelNode node, string property, string value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) context.Report(CheckDiagnostics.BlankName, node, property, what);
    }
}
