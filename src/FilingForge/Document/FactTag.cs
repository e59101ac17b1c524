namespace FilingForge.Document;

/// <summary>
/// What an Inline XBRL fact is, as the profile's tagging declaration (<c>xbrl.yaml</c>) made it for one printed value:
/// the writer of a tagging format wraps exactly the text it prints for that value in the fact's element, and every
/// other writer renders the text alone. Nothing here refers to the data: the Template stage resolved it all.
/// </summary>
/// <param name="Id">Unique within the document for a numeric or short text fact. Fragments of one text block share it
/// (the writer joins them with <c>ix:continuation</c>).</param>
/// <param name="Concept">The concept's QName, <c>ecd:PeoTotalCompAmt</c>.</param>
/// <param name="Numeric">An <c>ix:nonFraction</c> (with unit and decimals); otherwise an <c>ix:nonNumeric</c>.</param>
/// <param name="Format">The transformation's QName (<c>ixt:num-dot-decimal</c>, <c>ixt:fixed-zero</c>), or null.</param>
/// <param name="Negated">The printed figure is the value's magnitude (<c>(1,234)</c>): the fact carries <c>sign="-"</c>.</param>
/// <param name="Escape">A text block: its content is markup, kept as such (<c>escape="true"</c>).</param>
public sealed record FactTag(
    string Id,
    string Concept,
    FactContext Context,
    bool Numeric,
    string? Unit = null,
    int? Decimals = null,
    int? Scale = null,
    string? Format = null,
    bool Negated = false,
    bool Escape = false);

/// <summary>The period and dimensions of a fact; the writer gives each distinct one a context id.</summary>
public sealed record FactContext(FactPeriod Period, IReadOnlyList<FactDimension> Dimensions)
{
    public bool Equals(FactContext? other) =>
        other is not null && Period == other.Period && Dimensions.SequenceEqual(other.Dimensions);

    public override int GetHashCode() => Dimensions.Aggregate(Period.GetHashCode(), HashCode.Combine);
}

/// <summary>A duration (<see cref="Start"/> set) or an instant (<see cref="Start"/> null, at <see cref="End"/>).</summary>
public sealed record FactPeriod(DateOnly? Start, DateOnly End);

/// <summary>
/// One member of one axis: an explicit member's QName (<c>ecd:PeoMember</c>), or a typed member's value in the
/// axis's domain element (<c>ecd:MeasureAxis.domain</c> = <c>1</c>).
/// </summary>
public sealed record FactDimension(string Axis, string Member, string? TypedDomain = null)
{
    public bool IsTyped => TypedDomain is not null;
}
