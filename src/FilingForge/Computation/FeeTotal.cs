using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The total of one fiscal year's auditor fees (Schedule 14A Item 9(e)): the sum of audit, audit-related, tax and all
/// other fees, an absent category counting as zero. Amounts are whole dollars as stated; the sum is exact, no rounding.
/// The stated <see cref="FeeYear.Total"/> is never used: Check compares it with this sum (FF2101).
/// </summary>
public static class FeeTotal
{
    public static decimal Of(FeeYear year) =>
        (year.AuditFees ?? 0m) + (year.AuditRelatedFees ?? 0m) + (year.TaxFees ?? 0m) + (year.AllOtherFees ?? 0m);
}
