using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The "All Other Compensation" cell of a summary compensation year: the stated amount when given, otherwise the sum of
/// its components when only components are given, otherwise none (printed as a dash). Exact sum, no rounding.
/// When both are given Check requires them to agree (FF2102), so the stated amount is the one printed.
/// </summary>
public static class AllOtherCompensation
{
    public static decimal? Of(CompensationYear year) =>
        year.AllOtherCompensation ?? (year.AllOtherComponents.Count > 0 ? SumOfComponents(year) : null);

    public static decimal SumOfComponents(CompensationYear year) => year.AllOtherComponents.Sum(c => c.Amount);
}
