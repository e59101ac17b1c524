using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Facts stated in two files agree: the auditor of the fee table is the company's auditor (FF3108, warning), and the
/// option grants table is for the meeting's fiscal year (FF3109). A fact one of the files does not state (a profile
/// without the field) has nothing to disagree with.
/// </summary>
public sealed class CrossFileFactsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["auditor-fees.auditor", "company.auditor", "option-grants.fiscal_year", "meeting.fiscal_year"];

    public void Run(CheckContext context)
    {
        var fees = context.Values.File("auditor-fees");
        if (fees.Text("auditor") is { } feeAuditor && context.Values.File("company").Text("auditor") is { } companyAuditor
            && !string.Equals(feeAuditor.Trim(), companyAuditor.Trim(), StringComparison.OrdinalIgnoreCase))
            context.Report(CheckDiagnostics.AuditorNameMismatch, fees, "auditor", feeAuditor, companyAuditor);

        var grants = context.Values.File("option-grants");
        if (grants.Number("fiscal_year") is { } grantsYear && context.Values.File("meeting").Number("fiscal_year") is { } meetingYear
            && grantsYear != meetingYear)
            context.Report(CheckDiagnostics.FiscalYearMismatch, grants, "fiscal_year", "option-grants.yaml", grantsYear, meetingYear);
    }
}
