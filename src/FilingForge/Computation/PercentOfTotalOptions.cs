namespace FilingForge.Computation;

/// <summary>
/// "Percent of total options granted to employees in fiscal year": a grant's options divided by all options granted
/// to employees in the year (<c>option-grants.yaml</c> <c>total_options_granted_to_employees</c>), in percent units,
/// rounded half away from zero to two decimals (150,000 / 5,725,000 → 2.62%). Zero when the total is not positive.
/// </summary>
public static class PercentOfTotalOptions
{
    public static decimal Exact(decimal options, decimal totalGrantedToEmployees) =>
        totalGrantedToEmployees <= 0 ? 0m : options * 100m / totalGrantedToEmployees;

    public static decimal Rounded(decimal options, decimal totalGrantedToEmployees) =>
        Rounding.ToPercent(Exact(options, totalGrantedToEmployees));
}
