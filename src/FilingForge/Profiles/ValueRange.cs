namespace FilingForge.Profiles;

/// <summary>
/// The closed interval a number must lie in. Every numeric kind has one by default, wide for any real filing and narrow
/// enough that no sum, product or percentage downstream can overflow <see cref="decimal"/>; a field may narrow it.
/// </summary>
public readonly record struct ValueRange(decimal Min, decimal Max)
{
    private const decimal Quadrillion = 1_000_000_000_000_000m;

    /// <summary>The default range of a kind, or null for a kind that is not a number.</summary>
    public static ValueRange? Of(ScalarKind kind) => kind switch
    {
        ScalarKind.Money => new(-Quadrillion, Quadrillion),
        ScalarKind.Number => new(-Quadrillion, Quadrillion),
        ScalarKind.Shares => new(0, 10_000_000_000_000m),
        ScalarKind.Price => new(0, 1_000_000_000m),
        ScalarKind.Percent => new(-1_000m, 1_000m),
        ScalarKind.Integer => new(0, 1_000_000_000m),
        ScalarKind.Year => new(1900, 2200),
        _ => null,
    };

    public bool Contains(decimal value) => value >= Min && value <= Max;

    public bool Contains(ValueRange other) => other.Min >= Min && other.Max <= Max;
}
