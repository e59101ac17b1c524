using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Tests.Values;

/// <summary>
/// The functions a profile's expressions call for what needs code give the Compute stage's own figures, with the seed's
/// numbers: a grant's potential realizable value, a period's indexed return, a holder's percent of class.
/// </summary>
public sealed class NamedFunctionTests
{
    /// <summary>Almgren's 2002 grant in the seed: 150,000 options at $1.89, granted 2002-06-19 for ten years.</summary>
    private static readonly ObjectValue Grant = Item(
        ("shares", 150_000m), ("price", 1.89m), ("granted", new DateOnly(2002, 6, 19)), ("expires", new DateOnly(2012, 6, 19)),
        ("rates", new[] { 0.05m, 0.10m }), ("values", new[] { 100m, 18.53m }), ("owned", 2_104_453m), ("acquirable", 2_026_875m));

    [Theory]
    [InlineData("potential_realizable_value([shares], [price], [price], [granted], [expires], item([rates], 0))", "178292")]
    [InlineData("potential_realizable_value([shares], [price], [price], [granted], [expires], item([rates], 1))", "451826")]
    [InlineData("indexed_return(item([values], 1), item([values], 0), 100)", "19")]
    [InlineData("percent_of_class([owned], [acquirable], 81700735, 'rule_13d_3')", "2.513452")]
    [InlineData("percent_of_class([owned], [acquirable], 81700735, 'outstanding_only')", "2.575807")]
    public void A_named_function_gives_the_compute_stage_s_figure(string text, string expected)
    {
        var value = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, Math.Round(Evaluate(text), value.Scale, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData("item([rates], 2)", "no item 2")]
    [InlineData("item([rates], -1)", "no item -1")]
    [InlineData("percent_of_class([owned], [acquirable], 81700735)", "")]
    [InlineData("potential_realizable_value([shares], [price], [price], [shares], [expires], 0.05)", "not a date")]
    public void A_named_function_given_what_it_cannot_use_is_an_evaluation_error_saying_why(string text, string reason)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Evaluate(text));
        Assert.Contains(reason, error.Message);
    }

    private static decimal Evaluate(string text)
    {
        var (expression, error) = ProfileExpression.Parse(text);
        Assert.True(expression is not null, error);
        return ExpressionEvaluator.Number(expression, [Grant], filing: null);
    }

    private static ObjectValue Item(params (string Key, object Value)[] fields) => new(SourceLocation.None, "test.yaml", fields
        .Select(f => KeyValuePair.Create(f.Key, f.Value is decimal[] list
            ? (DataValue)new ListValue(SourceLocation.None, list.Select(v => (DataValue)new ScalarValue(SourceLocation.None, v)).ToArray())
            : new ScalarValue(SourceLocation.None, f.Value)))
        .ToArray());
}
