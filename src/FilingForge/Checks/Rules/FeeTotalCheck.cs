using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>A stated auditor fee total equals the sum of its categories (FF2101), reported at the total's line.</summary>
public sealed class FeeTotalCheck : ICheck
{
    public void Run(CheckContext context)
    {
        foreach (var year in context.Filing.AuditorFees.Years)
        {
            var sum = FeeTotal.Of(year);
            if (year.Total is { } stated && stated != sum)
                context.Report(CheckDiagnostics.FeeTotalMismatch, year, nameof(FeeYear.Total), year.Year, stated, sum);
        }
    }
}
