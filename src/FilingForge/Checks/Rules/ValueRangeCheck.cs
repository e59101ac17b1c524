using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every number of the data is zero or more (FF2201: shares, amounts, prices, counts, years), every field the profile
/// declares a <c>percent</c> is at most 100 (FF2202), and assumed appreciation rates are fractions between 0 and 1
/// (FF2203: 5 instead of 0.05 would inflate the potential realizable value a hundredfold). The first two go by the
/// declared kind of every written number, so a field a profile adds is checked as well; a range a field declares
/// (<c>max: 100</c>) Load enforces before this check runs.
/// </summary>
public sealed class ValueRangeCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares, whatever that is.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        foreach (var field in ValueWalker.NumericFields(context.Values))
            Bounds(context, field);

        var grants = context.Values.File("option-grants");
        var rates = grants.Numbers("assumed_appreciation_rates");
        for (var i = 0; i < rates.Count; i++)
            if (rates[i] <= 0m || rates[i] >= 1m)
                context.ReportItem(CheckDiagnostics.AppreciationRateOutOfRange, grants, "assumed_appreciation_rates", i, rates[i]);
    }

    private static void Bounds(CheckContext context, ValueWalker.NumericField field)
    {
        if (field.Value < 0m)
            context.Report(CheckDiagnostics.NegativeValue, field.Location, field.Name, field.Value);
        else if (field.Kind == ScalarKind.Percent && field.Value > 100m)
            context.Report(CheckDiagnostics.PercentOver100, field.Location, field.Name, field.Value);
    }
}
