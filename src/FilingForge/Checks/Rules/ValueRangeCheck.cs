using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every number of the data is zero or more (FF2201: shares, amounts, prices, counts, years), every field whose name
/// says percent is at most 100 (FF2202), and assumed appreciation rates are fractions between 0 and 1 (FF2203:
/// 5 instead of 0.05 would inflate the potential realizable value a hundredfold).
/// </summary>
public sealed class ValueRangeCheck : ICheck
{
    public void Run(CheckContext context)
    {
        foreach (var field in ModelWalker.NumericFields(context.Filing))
        {
            if (field.Value < 0m)
                context.Report(CheckDiagnostics.NegativeValue, field.Node, field.Property.Name, field.Name, field.Value);
            else if (field.Property.Name.Contains("Percent", StringComparison.Ordinal) && field.Value > 100m)
                context.Report(CheckDiagnostics.PercentOver100, field.Node, field.Property.Name, field.Name, field.Value);
        }

        var grants = context.Filing.OptionGrants;
        for (var i = 0; i < grants.AssumedAppreciationRates.Count; i++)
        {
            var rate = grants.AssumedAppreciationRates[i];
            if (rate <= 0m || rate >= 1m)
                context.ReportItem(CheckDiagnostics.AppreciationRateOutOfRange, grants, nameof(OptionGrantsFile.AssumedAppreciationRates), i, rate);
        }
    }
}
