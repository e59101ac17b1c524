using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>Auditor fees are given for each of the last two fiscal years (FF4104, Schedule 14A Item 9(e)).</summary>
public sealed class AuditorFeeYearsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["auditor-fees.years.year", "meeting.fiscal_year"];

    public void Run(CheckContext context)
    {
        var fees = context.Values.File("auditor-fees");
        // A filing whose profile has no fee table (or no fiscal year) has nothing Item 9(e) asks of it here.
        if (!fees.HasList("years") || context.Values.File("meeting").Number("fiscal_year") is not { } last) return;
        var years = fees.Objects("years").Select(y => y.Number("year")).OfType<decimal>().ToHashSet();
        if (years.Contains(last) && years.Contains(last - 1)) return;
        var given = years.Count == 0 ? "no year" : string.Join(", ", years.Order().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        context.Report(CheckDiagnostics.FeeYearsIncomplete, fees, "years", given, last, last - 1);
    }
}
