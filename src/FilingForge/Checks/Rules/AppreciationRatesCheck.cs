using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The assumed annual rates of stock price appreciation (pre-2006 Item 402(c)(2)(vi)) are fractions between 0 and 1
/// (FF2203, at the rate): 5 instead of 0.05 would inflate every potential realizable value a hundredfold.
/// </summary>
public sealed class AppreciationRatesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["option-grants.assumed_appreciation_rates"];

    public void Run(CheckContext context)
    {
        var grants = context.Values.File("option-grants");
        var rates = grants.Numbers("assumed_appreciation_rates");
        for (var i = 0; i < rates.Count; i++)
            if (rates[i] <= 0m || rates[i] >= 1m)
                context.ReportItem(CheckDiagnostics.AppreciationRateOutOfRange, grants, "assumed_appreciation_rates", i, rates[i]);
    }
}
