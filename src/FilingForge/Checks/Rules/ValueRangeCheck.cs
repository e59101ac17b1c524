using FilingForge.Profiles;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every number of the data is zero or more (FF2201: shares, amounts, prices, counts, years), and every field the
/// profile declares a <c>percent</c> is at most 100 (FF2202). Both go by the declared kind of every written number, so a
/// field a profile adds is checked as well; a range a field declares (<c>max: 100</c>) Load enforces before this check
/// runs.
/// </summary>
public sealed class ValueRangeCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares, whatever that is.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        foreach (var field in ValueWalker.NumericFields(context.Values))
            Bounds(context, field);
    }

    private static void Bounds(CheckContext context, ValueWalker.NumericField field)
    {
        if (field.Value < 0m)
            context.Report(CheckDiagnostics.NegativeValue, field.Location, field.Name, field.Value);
        else if (field.Kind == ScalarKind.Percent && field.Value > 100m)
            context.Report(CheckDiagnostics.PercentOver100, field.Location, field.Name, field.Value);
    }
}
