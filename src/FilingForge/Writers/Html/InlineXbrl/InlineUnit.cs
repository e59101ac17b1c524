namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>An <c>xbrli:unit</c>: its measures, or for a ratio (<c>xbrli:divide</c>) its numerator and denominator.</summary>
public sealed record InlineUnit(string Id, IReadOnlyList<string> Measures, IReadOnlyList<string> Denominator, int Line, int Column);
