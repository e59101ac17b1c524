using System.Globalization;

namespace FilingForge.Compilation;

/// <summary>
/// What a draft build stamps on every page: the date and the source revision it was built from. The date comes from
/// the caller (<c>--draft-date</c> or <c>SOURCE_DATE_EPOCH</c>), never from the clock, so a draft rebuilds byte for byte.
/// </summary>
public sealed record DraftLabel(DateOnly Date, string Revision)
{
    /// <summary>The stamp text: <c>DRAFT — 2026-11-21 — rev abc1234</c>.</summary>
    public string Text => $"DRAFT \u2014 {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} \u2014 rev {Revision}";

    /// <summary>
    /// The date from an explicit <c>yyyy-MM-dd</c> value, else from <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, UTC),
    /// else null: the caller must then report that a draft needs a date.
    /// </summary>
    public static DateOnly? ResolveDate(string? explicitDate, string? sourceDateEpoch)
    {
        if (!string.IsNullOrWhiteSpace(explicitDate))
            return DateOnly.TryParseExact(explicitDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return null;
    }

    /// <summary>A revision is printed in every format, EDGAR's ASCII included: letters, digits and <c>-._+</c> only.</summary>
    public static bool IsValidRevision(string revision) =>
        revision.Length is > 0 and <= 64 && revision.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '+');
}
