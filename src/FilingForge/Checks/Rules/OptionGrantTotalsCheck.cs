using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The printed percentages of the named officers' grants add up to at most 100% (FF2104). Reported only when rounding
/// alone pushes them over: a total below the grants listed is the profile's tie-out FF2105, which covers the rest.
/// </summary>
public sealed class OptionGrantTotalsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "option-grants.total_options_granted_to_employees", "option-grants.recipients.grants.shares",
        "option-grants.recipients.grants.percent_of_total",
    ];

    public void Run(CheckContext context)
    {
        var file = context.Values.File("option-grants");
        var total = file.Number("total_options_granted_to_employees") ?? 0m;
        var grants = file.Objects("recipients").SelectMany(r => r.Objects("grants")).ToArray();
        var listed = grants.Sum(g => g.Number("shares") ?? 0m);
        if (total < listed) return;

        // Each grant's percent as the table prints it: the profile's figure, already rounded.
        var printed = grants.Sum(g => g.Number("percent_of_total") ?? 0m);
        if (printed > 100m)
            context.Report(CheckDiagnostics.OptionPercentagesOver100, file, "total_options_granted_to_employees", printed);
    }
}
