using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The principal executive officer is one person in every table that names the PEO: the Summary Compensation Table's
/// officer marked <c>principal_executive</c>, the PEO of each Pay versus Performance year the table covers (and no
/// other NEO average includes the PEO), and the pay ratio's CEO (FF2431 at the name that differs).
/// </summary>
public sealed class PrincipalExecutiveCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "summary-compensation.executives.person", "summary-compensation.executives.principal_executive", "summary-compensation.executives.years.year",
        "pay-versus-performance.years.year", "pay-versus-performance.years.peo.officers", "pay-versus-performance.years.other_neos.officers",
        "pay-ratio.ceo", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var executives = context.Values.File("summary-compensation").Objects("executives");
        var peo = executives.FirstOrDefault(e => e.Flag("principal_executive"));
        if (peo?.Text("person") is not { } id) return;
        var name = context.NameOf(id);

        foreach (var year in context.Values.File("pay-versus-performance").Objects("years"))
        {
            if (year.Number("year") is not { } fiscalYear || !peo.Objects("years").Any(y => y.Number("year") == fiscalYear)) continue;
            if (year.Object("peo") is { } group && group.Texts("officers") is { Count: 1 } officers && officers[0] != id)
                context.Report(CheckDiagnostics.PrincipalExecutiveDiffers, group, "officers", $"the {fiscalYear} Pay versus Performance PEO", context.NameOf(officers[0]), name);
            if (year.Object("other_neos") is { } others && others.Texts("officers").Contains(id))
                context.Report(CheckDiagnostics.PrincipalExecutiveDiffers, others, "officers", $"the {fiscalYear} other NEOs' average", $"includes {name}", $"the PEO {name} left out");
        }

        var ratio = context.Values.File("pay-ratio");
        if (ratio.Text("ceo") is { } ceo && ceo != id)
            context.Report(CheckDiagnostics.PrincipalExecutiveDiffers, ratio, "ceo", "the pay ratio's CEO", context.NameOf(ceo), name);
    }
}
