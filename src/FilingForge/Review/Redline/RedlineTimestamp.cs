using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Review.Redline;

/// <summary>
/// The one time a redline carries (its tracked changes and zip entries): SOURCE_DATE_EPOCH when set, else the new
/// document's date at midnight UTC. Never the clock, so the same comparison gives the same bytes.
/// </summary>
public static class RedlineTimestamp
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset For(DocumentProperties properties) =>
        For(properties, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    public static DateTimeOffset For(DocumentProperties properties, string? epoch)
    {
        var time = long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(properties.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return time < Earliest ? Earliest : time;
    }
}
