namespace FilingForge.Values;

/// <summary>
/// The functions a profile's expressions may call for what an expression cannot say, each the Compute stage's own
/// figure, so a declared figure and the code agree by construction.
/// </summary>
internal static class NamedFunctions
{
    /// <summary>
    /// <c>percent_of_class(shares, acquirable_within_60_days, shares_outstanding, percent_basis)</c>: exact percent
    /// units under Rule 13d-3(d)(1), or on shares outstanding alone (<see cref="Computation.PercentOfClass"/>); a
    /// figure rounds it with <c>round:</c>.
    /// </summary>
    public static decimal PercentOfClass(object? shares, object? acquirable, object? outstanding, object? basis) =>
        Computation.PercentOfClass.Exact(Number(shares, 1), Number(acquirable, 2), Number(outstanding, 3), Computation.PercentOfClass.BasisOf(basis as string));

    /// <summary>
    /// <c>potential_realizable_value(shares, market_price, exercise_price, grant_date, expiration_date, rate)</c>: the
    /// pre-2006 Item 402(c)(2)(vi) value at an assumed annual appreciation rate, whole dollars, never below zero
    /// (<see cref="Computation.PotentialRealizableValue"/>).
    /// </summary>
    public static decimal PotentialRealizableValue(object? shares, object? market, object? exercise, object? granted, object? expires, object? rate) =>
        Computation.PotentialRealizableValue.Compute(Number(shares, 1), Number(market, 2), Number(exercise, 3),
            Computation.PotentialRealizableValue.TermYears(Date(granted, 4), Date(expires, 5)), Number(rate, 6));

    /// <summary>
    /// <c>indexed_return(value, first_value, initial_investment)</c>: a total-return value indexed to the initial
    /// investment, whole dollars (<see cref="Computation.IndexedReturn"/>); zero when the first value is not positive.
    /// </summary>
    public static decimal IndexedReturn(object? value, object? first, object? initial) =>
        Computation.IndexedReturn.At(Number(value, 1), Number(first, 2), Number(initial, 3));

    /// <summary><c>item(list, index)</c>: the number at a zero-based index of a list (an assumed rate, a period's value).</summary>
    public static decimal Item(object? list, object? index)
    {
        var items = list as IEnumerable<object?> ?? throw new ExpressionEvaluationException(FormattableString.Invariant($"the first argument of item() is {list ?? "nothing"}, not a list"));
        var number = Number(index, 2);
        if (number is < 0 or > int.MaxValue || !decimal.IsInteger(number)) throw new ExpressionEvaluationException(FormattableString.Invariant($"item() has no item {number}"));
        var at = (int)number;
        return items.ElementAtOrDefault(at) is { } item && at >= 0 ? Number(item, 1)
            : throw new ExpressionEvaluationException(FormattableString.Invariant($"item() has no item {at} in a list of {items.Count()}"));
    }

    private static DateOnly Date(object? value, int position) =>
        value as DateOnly? ?? throw new ExpressionEvaluationException(FormattableString.Invariant($"argument {position} is {value ?? "nothing"}, not a date"));

    private static decimal Number(object? value, int position) => value switch
    {
        decimal d => d,
        int or long or double => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ExpressionEvaluationException(FormattableString.Invariant($"argument {position} is {value ?? "nothing"}, not a number")),
    };
}
