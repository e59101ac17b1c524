using FilingForge.Profiles;
using NCalc;

namespace FilingForge.Values;

/// <summary>
/// Evaluates a profile expression in one item, in <see cref="decimal"/>. A number that is not written counts as zero
/// (an absent fee category adds nothing); <c>sum(list)</c> and <c>count(list)</c> take the lists a path gives, and the
/// <see cref="NamedFunctions"/> compute what needs code (<c>percent_of_class</c>).
/// Throws <see cref="ExpressionEvaluationException"/> when the data cannot be evaluated (a division by zero). Tie-outs
/// (Check) and derived figures (Compute) are evaluated by it alike.
/// </summary>
internal static class ExpressionEvaluator
{
    public static decimal Number(ProfileExpression expression, IReadOnlyList<ObjectValue> chain, FilingValues? filing)
    {
        var value = Evaluate(expression, chain, filing);
        return value switch
        {
            decimal d => d,
            int or long => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ExpressionEvaluationException($"`{expression}` gives {Describe(value)}, not a number"),
        };
    }

    public static bool Condition(ProfileExpression expression, IReadOnlyList<ObjectValue> chain, FilingValues? filing) =>
        Evaluate(expression, chain, filing) is bool b ? b : throw new ExpressionEvaluationException($"`{expression}` is not true or false");

    private static object? Evaluate(ProfileExpression profileExpression, IReadOnlyList<ObjectValue> chain, FilingValues? filing)
    {
        var expression = new Expression(profileExpression.Parsed, ProfileExpression.Options);
        foreach (var name in profileExpression.Parameters)
            expression.Parameters[name] = ItemPath.Resolve(name, chain, filing) ?? 0m;
        expression.Functions["sum"] = data => Numbers(data.Evaluate(0)).Sum();
        expression.Functions["count"] = data => (decimal)Flattened(data.Evaluate(0)).Count();
        expression.Functions["percent_of_class"] = data =>
            NamedFunctions.PercentOfClass(data.Evaluate(0), data.Evaluate(1), data.Evaluate(2), data.Evaluate(3));
        expression.Functions["potential_realizable_value"] = data => NamedFunctions.PotentialRealizableValue(
            data.Evaluate(0), data.Evaluate(1), data.Evaluate(2), data.Evaluate(3), data.Evaluate(4), data.Evaluate(5));
        expression.Functions["indexed_return"] = data => NamedFunctions.IndexedReturn(data.Evaluate(0), data.Evaluate(1), data.Evaluate(2));
        expression.Functions["item"] = data => NamedFunctions.Item(data.Evaluate(0), data.Evaluate(1));
        expression.Functions["executive_average"] = data =>
            NamedFunctions.ExecutiveAverage(data.Evaluate(0), data.Evaluate(1), data.Evaluate(2), data.Evaluate(3));
        expression.Functions["executives_cover"] = data => NamedFunctions.ExecutivesCover(data.Evaluate(0), data.Evaluate(1), data.Evaluate(2));
        try
        {
            return expression.Evaluate();
        }
        // Arithmetic beyond decimal's range, a function called with too few arguments or one NCalc does not know: the
        // data (or the expression) cannot be evaluated, which is a diagnostic, never a crash of Check.
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or FormatException
            or IndexOutOfRangeException or NCalc.Exceptions.NCalcException)
        {
            throw new ExpressionEvaluationException(e.Message);
        }
    }

    private static IEnumerable<decimal> Numbers(object? value) => Flattened(value).Select(v => v as decimal? ?? 0m);

    /// <summary>
    /// The values a path gives, a path through lists of lists (<c>recipients.grants.shares</c>) giving every leaf, so
    /// <c>sum</c> adds all the grants of all the recipients and <c>count</c> counts them.
    /// </summary>
    private static IEnumerable<object?> Flattened(object? value) => value switch
    {
        IEnumerable<object?> list => list.SelectMany(Flattened),
        null => [],
        _ => [value],
    };

    private static string Describe(object? value) => value is null ? "nothing" : $"`{value}`";
}

internal sealed class ExpressionEvaluationException(string message) : Exception(message);
