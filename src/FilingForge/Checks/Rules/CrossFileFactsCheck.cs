using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Facts stated in two files agree: the auditor of the fee table is the company's auditor (FF3108, warning), and the
/// option grants table is for the meeting's fiscal year (FF3109).
/// </summary>
public sealed class CrossFileFactsCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var f = context.Filing;
        if (!string.Equals(f.AuditorFees.Auditor.Trim(), f.Company.Auditor.Trim(), StringComparison.OrdinalIgnoreCase))
            context.Report(CheckDiagnostics.AuditorNameMismatch, f.AuditorFees, nameof(AuditorFeesFile.Auditor), f.AuditorFees.Auditor, f.Company.Auditor);
        if (f.OptionGrants.FiscalYear != f.Meeting.FiscalYear)
            context.Report(CheckDiagnostics.FiscalYearMismatch, f.OptionGrants, nameof(OptionGrantsFile.FiscalYear), "option-grants.yaml", f.OptionGrants.FiscalYear, f.Meeting.FiscalYear);
    }
}
