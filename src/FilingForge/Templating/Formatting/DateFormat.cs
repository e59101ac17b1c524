using System.Globalization;

namespace FilingForge.Templating.Formatting;

/// <summary>The date styles of a proxy statement.</summary>
public static class DateFormat
{
    /// <summary>Prose: <c>May 30, 2003</c>.</summary>
    public static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>Tables of grants: <c>06/26/2012</c>.</summary>
    public static string Numeric(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as today's compensation tables print it, without leading zeros: <c>3/21/2016</c>.</summary>
    public static string Short(DateOnly date) => date.ToString("M/d/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Periods of the performance graph: <c>Jun-00</c>.</summary>
    public static string Period(DateOnly date) => date.ToString("MMM-yy", CultureInfo.InvariantCulture);

    /// <summary>Month and year in prose: <c>June 2006</c>.</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date left open in a draft: <c>April ____, 2003</c> from the month and year the date will fall in.</summary>
    public static string OpenDay(int year, int month) =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} ____, {year.ToString(CultureInfo.InvariantCulture)}";
}
