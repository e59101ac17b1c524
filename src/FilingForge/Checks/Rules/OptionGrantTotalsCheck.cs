using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// All options granted to employees are at least the grants listed (FF2105), and the printed percentages of the named
/// officers add up to at most 100% (FF2104; reported only when rounding alone pushes them over, since FF2105 covers
/// the rest).
/// </summary>
public sealed class OptionGrantTotalsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["option-grants.total_options_granted_to_employees", "option-grants.recipients.grants.shares"];

    public void Run(CheckContext context)
    {
        var file = context.Values.File("option-grants");
        var total = file.Number("total_options_granted_to_employees") ?? 0m;
        var shares = file.Objects("recipients").SelectMany(r => r.Objects("grants")).Select(g => g.Number("shares") ?? 0m).ToArray();
        var listed = shares.Sum();
        if (total < listed)
        {
            context.Report(CheckDiagnostics.TotalOptionsBelowListedGrants, file, "total_options_granted_to_employees", total, listed);
            return;
        }

        var printed = shares.Sum(s => PercentOfTotalOptions.Rounded(s, total));
        if (printed > 100m)
            context.Report(CheckDiagnostics.OptionPercentagesOver100, file, "total_options_granted_to_employees", printed);
    }
}
