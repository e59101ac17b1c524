using FilingForge.Document;

namespace FilingForge.Templating.Xbrl;

/// <summary>
/// The period of a fiscal year, named by the calendar year it ends in: from the day after the previous year's end to
/// that year's end, on the month and day of the fiscal year-end. A year-end on the last day of its month (February
/// 28 or 29) ends every year on that month's last day, so consecutive years neither overlap nor leave a gap.
/// </summary>
public static class FiscalYears
{
    public static FactPeriod Of(int year, DateOnly fiscalYearEnd) =>
        new(EndOf(year - 1, fiscalYearEnd).AddDays(1), EndOf(year, fiscalYearEnd));

    /// <summary>The instant a fiscal year ends, for a concept measured at a point in time.</summary>
    public static FactPeriod Instant(int year, DateOnly fiscalYearEnd) => new(null, EndOf(year, fiscalYearEnd));

    private static DateOnly EndOf(int year, DateOnly fiscalYearEnd)
    {
        var lastOfMonth = fiscalYearEnd.Day == DateTime.DaysInMonth(fiscalYearEnd.Year, fiscalYearEnd.Month);
        var days = DateTime.DaysInMonth(year, fiscalYearEnd.Month);
        return new DateOnly(year, fiscalYearEnd.Month, lastOfMonth ? days : Math.Min(fiscalYearEnd.Day, days));
    }
}
