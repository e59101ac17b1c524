using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Packaging;

/// <summary>
/// The one time written into a package (zip entry times, created and modified properties): SOURCE_DATE_EPOCH when the
/// build sets it, as reproducible builds expect, else the document's date at midnight UTC. Never the clock.
/// </summary>
internal static class PackageTimestamp
{
    /// <summary>Zip stores times from 1980 on; an earlier date is clamped so the entry stays valid.</summary>
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset For(DocumentProperties properties)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        var time = long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(properties.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return time < Earliest ? Earliest : time;
    }
}
