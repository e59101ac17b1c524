using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every nominee has an age and a director-since year (FF4114, Item 401(a) and (e)). A director who is not standing
/// again may leave them out, as the seed does for Mr. Aube; that is why the profile declares both fields nullable.
/// </summary>
public sealed class NomineeDisclosureCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "directors.directors.nominee", "directors.directors.person", "directors.directors.age", "directors.directors.director_since",
        "people.people.name",
    ];

    private static readonly string[] Required = ["age", "director_since"];

    public void Run(CheckContext context)
    {
        foreach (var nominee in NomineeLists.Nominees(context.Values))
        {
            var name = context.NameOf(nominee.Text("person") ?? "");
            foreach (var key in Required.Where(key => nominee.Number(key) is null))
                context.Report(CheckDiagnostics.NomineeDisclosureMissing, nominee, "person", name, key);
        }
    }
}
