using NCalc;

namespace FilingForge.Profiles;

/// <summary>
/// An expression of a profile, in NCalc's syntax, evaluated in <see cref="decimal"/>: <c>[audit_fees] + [tax_fees]</c>,
/// <c>sum([all_other_components.amount])</c>, <c>count([all_other_components]) &gt; 0</c>. Names in brackets are field paths of
/// the item the expression is evaluated in; <c>^</c> steps out to the enclosing item; a path through a list gives the
/// list of its items' values. Parsed once, when the profile is read.
/// </summary>
public sealed class ProfileExpression
{
    public const ExpressionOptions Options = ExpressionOptions.DecimalAsDefault | ExpressionOptions.NoCache;

    private ProfileExpression(string text, NCalc.LogicalExpression parsed, IReadOnlyList<string> parameters)
    {
        Text = text;
        Parsed = parsed;
        Parameters = parameters;
    }

    public string Text { get; }

    /// <summary>The parse tree, kept so an expression checked in a thousand items is parsed once, when the profile is read.</summary>
    internal NCalc.LogicalExpression Parsed { get; }

    /// <summary>The field paths the expression reads, each as written (<c>all_other_components.amount</c>).</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The parsed expression, or the parser's message when it does not parse.</summary>
    public static (ProfileExpression? Expression, string? Error) Parse(string text)
    {
        var expression = new Expression(text, Options);
        if (expression.HasErrors()) return (null, expression.Error?.InnerException?.Message ?? expression.Error?.Message ?? "it does not parse");
        return (new ProfileExpression(text, expression.LogicalExpression!, expression.GetParameterNames().Distinct(StringComparer.Ordinal).ToList()), null);
    }

    public override string ToString() => Text;
}
