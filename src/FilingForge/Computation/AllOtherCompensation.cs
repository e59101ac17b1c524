using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The "All Other Compensation" cell of a summary compensation year: the stated amount when given, otherwise the sum of
/// its components when only components are given, otherwise none (printed as a dash). Exact sum, no rounding.
/// When both are given Check requires them to agree (FF2102), so the stated amount is the one printed.
/// </summary>
public static class AllOtherCompensation
{
    public static decimal? Of(ObjectValue year)
    {
        var components = year.Objects("all_other_components");
        return year.Number("all_other_compensation") ?? (components.Count > 0 ? components.Sum(c => c.Number("amount") ?? 0m) : null);
    }
}
