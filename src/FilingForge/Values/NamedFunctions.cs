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

    /// <summary>
    /// <c>executive_average(executives, persons, year, 'field')</c>: the average of a field over the given persons' rows
    /// of one year, in a list of executives that each have a <c>person</c> and a list of <c>years</c> (the Summary
    /// Compensation Table), unrounded: what Pay versus Performance takes from that table for the PEO (one person) and
    /// for the other NEOs (their average), and the pay ratio for the CEO. A person without a row of that year is an error
    /// of the data (test with <c>executives_cover</c> first where the table may not reach the year).
    /// </summary>
    public static decimal ExecutiveAverage(object? executives, object? persons, object? year, object? field)
    {
        var ids = Persons(persons, 2);
        var key = field as string ?? throw new ExpressionEvaluationException(FormattableString.Invariant($"argument 4 is {field ?? "nothing"}, not a field name"));
        if (ids.Count == 0) throw new ExpressionEvaluationException("executive_average() has no persons to average");
        var rows = ids.Select(id => RowOf(executives, id, Number(year, 3))
            ?? throw new ExpressionEvaluationException(FormattableString.Invariant($"`{id}` has no {Number(year, 3)} row among the executives"))).ToList();
        return rows.Sum(row => row.Fields.ContainsKey(key)
            ? row.Number(key) ?? 0m
            : throw new ExpressionEvaluationException($"the executives' rows have no field `{key}`")) / rows.Count;
    }

    /// <summary><c>executives_cover(executives, persons, year)</c>: whether every one of the persons has a row of that year.</summary>
    public static bool ExecutivesCover(object? executives, object? persons, object? year)
    {
        var ids = Persons(persons, 2);
        return ids.Count > 0 && ids.All(id => RowOf(executives, id, Number(year, 3)) is not null);
    }

    private static ObjectValue? RowOf(object? executives, string person, decimal year) =>
        ExecutiveRows.Find((executives as IEnumerable<object?> ?? throw new ExpressionEvaluationException("argument 1 is not a list of executives"))
            .OfType<ObjectValue>(), person, year);

    private static IReadOnlyList<string> Persons(object? persons, int position) => persons switch
    {
        string id => [id],
        IEnumerable<object?> ids => ids.Select(id => id as string ?? throw new ExpressionEvaluationException(FormattableString.Invariant($"argument {position} holds {id ?? "nothing"}, not a person id"))).ToList(),
        _ => throw new ExpressionEvaluationException(FormattableString.Invariant($"argument {position} is {persons ?? "nothing"}, not a person id or a list of them")),
    };

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
