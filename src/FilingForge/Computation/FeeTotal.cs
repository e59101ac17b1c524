using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The total of one fiscal year's auditor fees (Schedule 14A Item 9(e)): the sum of audit, audit-related, tax and all
/// other fees, an absent category counting as zero. Amounts are whole dollars as stated; the sum is exact, no rounding.
/// The stated <c>total</c> is never used: Check compares it with this sum (FF2101).
/// </summary>
public static class FeeTotal
{
    public static decimal Of(ObjectValue year) =>
        (year.Number("audit_fees") ?? 0m) + (year.Number("audit_related_fees") ?? 0m) + (year.Number("tax_fees") ?? 0m) + (year.Number("all_other_fees") ?? 0m);
}
