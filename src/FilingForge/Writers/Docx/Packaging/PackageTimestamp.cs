using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Packaging;

/// <summary>
/// The one time written into a package (zip entry times, created and modified properties): SOURCE_DATE_EPOCH when the
/// build sets it, as reproducible builds expect, else the document's date at midnight UTC. Never the clock.
/// </summary>
public static class PackageTimestamp
{
    /// <summary>Zip stores times from 1980 on; an earlier date is clamped so the entry stays valid.</summary>
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset For(DocumentProperties properties) =>
        For(properties, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    /// <param name="epoch">The value of SOURCE_DATE_EPOCH (seconds since 1970, UTC), or null when unset.</param>
    public static DateTimeOffset For(DocumentProperties properties, string? epoch)
    {
        var time = long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(properties.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return time < Earliest ? Earliest : time;
    }
}
