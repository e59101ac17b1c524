namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>An <c>xbrli:context</c> of an Inline XBRL document: who, when, and the dimensions (segment and scenario alike).</summary>
/// <param name="ExplicitMembers">Axis QName → member QName, as written (prefixed).</param>
/// <param name="TypedMembers">Axis QName → the typed member's text, whitespace collapsed.</param>
public sealed record InlineContext(
    string Id,
    string EntityScheme,
    string EntityIdentifier,
    InlinePeriod Period,
    IReadOnlyDictionary<string, string> ExplicitMembers,
    IReadOnlyDictionary<string, string> TypedMembers,
    int Line,
    int Column);

/// <summary>A context's period as written (ISO dates or date-times); exactly one of the shapes is set, or none when malformed.</summary>
public sealed record InlinePeriod(string? StartDate, string? EndDate, string? Instant, bool Forever)
{
    public bool IsInstant => Instant is not null;

    public bool IsDuration => Forever || (StartDate is not null && EndDate is not null);

    public override string ToString() =>
        IsInstant ? Instant! : Forever ? "forever" : $"{StartDate ?? "?"}..{EndDate ?? "?"}";
}
