using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// An option expires after it is granted and within 50 years (FF3304; the bound also keeps the potential realizable
/// value's compounding finite), and it was granted within the fiscal year the table covers (FF3305): the twelve months
/// ending on meeting.yaml's <c>fiscal_year_end</c>.
/// </summary>
public sealed class OptionGrantDatesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "meeting.fiscal_year_end", "meeting.fiscal_year", "option-grants.recipients.grants.grant_date",
        "option-grants.recipients.grants.expiration_date",
    ];

    public const int LongestTermYears = 50;

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Date("fiscal_year_end") is not { } end) return;
        var start = end.AddYears(-1).AddDays(1);
        foreach (var grant in context.Values.File("option-grants").Objects("recipients").SelectMany(r => r.Objects("grants")))
        {
            // Both dates are required; a grant missing one is Load's to report, not a date out of order.
            if (grant.Date("grant_date") is not { } granted || grant.Date("expiration_date") is not { } expires) continue;
            if (expires <= granted || expires > granted.AddYears(LongestTermYears))
                context.Report(CheckDiagnostics.ExpirationNotAfterGrant, grant, "expiration_date", granted, expires);
            if (granted < start || granted > end)
                context.Report(CheckDiagnostics.GrantOutsideFiscalYear, grant, "grant_date", granted, meeting.Number("fiscal_year"), start, end);
        }
    }
}
