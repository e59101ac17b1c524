using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every nominee has an age and a director-since year (FF4114, Item 401(a) and (e)). A director who is not standing
/// again may leave them out, as the seed does for Mr. Aube; that is why both fields are optional in the model.
/// </summary>
public sealed class NomineeDisclosureCheck : ICheck
{
    public void Run(CheckContext context)
    {
        foreach (var nominee in context.Filing.Directors.Directors.Where(d => d.Nominee))
        {
            var name = context.NameOf(nominee.Person);
            if (nominee.Age is null) context.Report(CheckDiagnostics.NomineeDisclosureMissing, nominee, nameof(Director.Person), name, "age");
            if (nominee.DirectorSince is null) context.Report(CheckDiagnostics.NomineeDisclosureMissing, nominee, nameof(Director.Person), name, "director_since");
        }
    }
}
