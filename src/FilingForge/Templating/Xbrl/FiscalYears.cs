using FilingForge.Document;

namespace FilingForge.Templating.Xbrl;

/// <summary>The period of a fiscal year: the twelve months that end on the fiscal year-end's month and day of that year.</summary>
public static class FiscalYears
{
    public static FactPeriod Of(int year, DateOnly fiscalYearEnd)
    {
        var day = Math.Min(fiscalYearEnd.Day, DateTime.DaysInMonth(year, fiscalYearEnd.Month));
        var end = new DateOnly(year, fiscalYearEnd.Month, day);
        return new FactPeriod(end.AddYears(-1).AddDays(1), end);
    }
}
