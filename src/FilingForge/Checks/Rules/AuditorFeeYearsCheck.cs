using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>Auditor fees are given for each of the last two fiscal years (FF4104, Schedule 14A Item 9(e)).</summary>
public sealed class AuditorFeeYearsCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var fees = context.Filing.AuditorFees;
        var last = context.Filing.Meeting.FiscalYear;
        var years = fees.Years.Select(y => y.Year).ToHashSet();
        if (years.Contains(last) && years.Contains(last - 1)) return;
        var given = years.Count == 0 ? "no year" : string.Join(", ", years.Order());
        context.Report(CheckDiagnostics.FeeYearsIncomplete, fees, nameof(AuditorFeesFile.Years), given, last, last - 1);
    }
}
