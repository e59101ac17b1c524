using FilingForge.Model;
using Calc = FilingForge.Computation.AllOtherCompensation;

namespace FilingForge.Checks.Rules;

/// <summary>When both a stated All Other Compensation amount and its components are given, they agree (FF2102).</summary>
public sealed class AllOtherCompensationCheck : ICheck
{
    public void Run(CheckContext context)
    {
        foreach (var officer in context.Filing.SummaryCompensation.Officers)
        foreach (var year in officer.Years)
        {
            if (year.AllOtherCompensation is not { } stated || year.AllOtherComponents.Count == 0) continue;
            var sum = Calc.SumOfComponents(year);
            if (sum != stated)
                context.Report(CheckDiagnostics.AllOtherCompensationMismatch, year, nameof(CompensationYear.AllOtherCompensation),
                    context.NameOf(officer.Person), year.Year, stated, sum);
        }
    }
}
