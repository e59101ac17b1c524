namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// One <c>ix:nonFraction</c> or <c>ix:nonNumeric</c>, with its attributes as written and its value after the
/// transformation: <see cref="Number"/> for a nonFraction (null when nil or unreadable), <see cref="Text"/> for both
/// (for a nonNumeric the collapsed text including its continuations; for a nonFraction the text as printed).
/// </summary>
/// <param name="Format">The format attribute as written (<c>ixt:num-dot-decimal</c>), null when absent.</param>
/// <param name="FormatNamespace">The namespace the format's prefix is bound to, null when absent or unbound.</param>
public sealed record InlineFact(
    bool Numeric,
    string Name,
    string? ContextRef,
    string? UnitRef,
    string? Decimals,
    string? Scale,
    string? Format,
    string? FormatNamespace,
    string? Sign,
    bool Escape,
    bool Nil,
    bool Hidden,
    string? Id,
    string? ContinuedAt,
    decimal? Number,
    string Text,
    int Line,
    int Column)
{
    /// <summary>The decimals as an integer; null when absent, <c>INF</c> or unreadable.</summary>
    public int? DecimalPlaces =>
        int.TryParse(Decimals, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
