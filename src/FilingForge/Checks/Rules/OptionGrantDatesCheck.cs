using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// An option expires after it is granted and within 50 years (FF3304; the bound also keeps the potential realizable
/// value's compounding finite), and it was granted within the fiscal year the table covers (FF3305): the twelve months
/// ending on meeting.yaml's <c>fiscal_year_end</c>.
/// </summary>
public sealed class OptionGrantDatesCheck : ICheck
{
    public const int LongestTermYears = 50;

    public void Run(CheckContext context)
    {
        var end = context.Filing.Meeting.FiscalYearEnd;
        var start = end.AddYears(-1).AddDays(1);
        foreach (var grant in context.Filing.OptionGrants.Recipients.SelectMany(r => r.Grants))
        {
            if (grant.ExpirationDate <= grant.GrantDate || grant.ExpirationDate > grant.GrantDate.AddYears(LongestTermYears))
                context.Report(CheckDiagnostics.ExpirationNotAfterGrant, grant, nameof(OptionGrant.ExpirationDate), grant.GrantDate, grant.ExpirationDate);
            if (grant.GrantDate < start || grant.GrantDate > end)
                context.Report(CheckDiagnostics.GrantOutsideFiscalYear, grant, nameof(OptionGrant.GrantDate), grant.GrantDate, context.Filing.Meeting.FiscalYear, start, end);
        }
    }
}
