using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// All options granted to employees are at least the grants listed (FF2105), and the printed percentages of the named
/// officers add up to at most 100% (FF2104; reported only when rounding alone pushes them over, since FF2105 covers
/// the rest).
/// </summary>
public sealed class OptionGrantTotalsCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var file = context.Filing.OptionGrants;
        var grants = file.Recipients.SelectMany(r => r.Grants).ToArray();
        var listed = grants.Sum(g => g.Shares);
        if (file.TotalOptionsGrantedToEmployees < listed)
        {
            context.Report(CheckDiagnostics.TotalOptionsBelowListedGrants, file, nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees),
                file.TotalOptionsGrantedToEmployees, listed);
            return;
        }

        var printed = grants.Sum(g => PercentOfTotalOptions.Rounded(g.Shares, file.TotalOptionsGrantedToEmployees));
        if (printed > 100m)
            context.Report(CheckDiagnostics.OptionPercentagesOver100, file, nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees), printed);
    }
}
