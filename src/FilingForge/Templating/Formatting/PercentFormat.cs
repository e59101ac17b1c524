using System.Globalization;

namespace FilingForge.Templating.Formatting;

/// <summary>Percentages already computed in percent units: <c>2.51%</c>, <c>0%</c>, and <c>*</c> for less than one percent.</summary>
public static class PercentFormat
{
    public static string Format(decimal? percent, int decimals = 2)
    {
        if (percent is not { } value) return MoneyFormat.Nil;
        if (value == 0) return "0%";
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A percentage to one decimal, zero included, as a dilution table prints it: <c>3.0%</c>, <c>0.6%</c>.</summary>
    public static string OneDecimal(decimal? percent) =>
        percent is { } value ? value.ToString("N1", CultureInfo.InvariantCulture) + "%" : MoneyFormat.Nil;

    /// <summary>As the ownership table prints it: a star for holdings under one percent.</summary>
    public static string OfClass(decimal? percent, bool lessThanOnePercent) =>
        lessThanOnePercent ? Computation.PercentOfClass.LessThanOnePercentMarker : Format(percent);

    /// <summary>A rate stated in the data, such as an assumed appreciation rate of 5 (percent): <c>5%</c>, <c>7.5%</c>.</summary>
    public static string Rate(decimal percent) =>
        percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
