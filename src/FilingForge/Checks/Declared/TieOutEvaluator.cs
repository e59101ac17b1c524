using FilingForge.Profiles;
using FilingForge.Values;
using NCalc;

namespace FilingForge.Checks.Declared;

/// <summary>
/// Evaluates a profile expression in one item, in <see cref="decimal"/>. A number that is not written counts as zero
/// (an absent fee category adds nothing); <c>sum(list)</c> and <c>count(list)</c> take the lists a path gives.
/// Throws <see cref="TieOutEvaluationException"/> when the data cannot be evaluated (a division by zero).
/// </summary>
internal static class TieOutEvaluator
{
    public static decimal Number(ProfileExpression expression, IReadOnlyList<ObjectValue> chain)
    {
        var value = Evaluate(expression, chain);
        return value switch
        {
            decimal d => d,
            int or long => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new TieOutEvaluationException($"`{expression}` gives {Describe(value)}, not a number"),
        };
    }

    public static bool Condition(ProfileExpression expression, IReadOnlyList<ObjectValue> chain) =>
        Evaluate(expression, chain) is bool b ? b : throw new TieOutEvaluationException($"`{expression}` is not true or false");

    private static object? Evaluate(ProfileExpression profileExpression, IReadOnlyList<ObjectValue> chain)
    {
        var expression = new Expression(profileExpression.Text, ProfileExpression.Options);
        foreach (var name in profileExpression.Parameters)
            expression.Parameters[name] = ItemPath.Resolve(name, chain) ?? 0m;
        expression.Functions["sum"] = data => Numbers(data.Evaluate(0)).Sum();
        expression.Functions["count"] = data => (decimal)(data.Evaluate(0) is IEnumerable<object?> list ? list.Count() : 0);
        try
        {
            return expression.Evaluate();
        }
        catch (Exception e) when (e is DivideByZeroException or ArgumentException or InvalidOperationException or FormatException or NCalc.Exceptions.NCalcException)
        {
            throw new TieOutEvaluationException(e.Message);
        }
    }

    private static IEnumerable<decimal> Numbers(object? value) => value switch
    {
        IEnumerable<object?> list => list.Select(v => v as decimal? ?? 0m),
        decimal d => [d],
        _ => [],
    };

    private static string Describe(object? value) => value is null ? "nothing" : $"`{value}`";
}

internal sealed class TieOutEvaluationException(string message) : Exception(message);
