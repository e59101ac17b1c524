using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks.Declared;

/// <summary>
/// Runs the tie-outs the filing's profile declares (<c>tie-outs.yaml</c>): in every item a tie-out reaches, a stated
/// value must equal its expression within the tolerance, reported under the tie-out's own ID at the stated value.
/// A filing built in code has no declared values, and no declared tie-out runs on it.
/// </summary>
public sealed class DeclaredTieOutCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares, whatever that is.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        var values = context.Values;
        foreach (var tieOut in values.Profile.TieOuts)
        {
            if (!values.Files.TryGetValue(tieOut.File, out var file)) continue;
            foreach (var chain in TieOutItems.Of(file, tieOut.ForEach)) Check(tieOut, chain, context);
        }
    }

    private static void Check(TieOutDeclaration tieOut, IReadOnlyList<ObjectValue> chain, CheckContext context)
    {
        if (chain[^1][tieOut.Stated] is not ScalarValue { Value: decimal stated } statedValue) return;
        try
        {
            if (tieOut.When is { } when && !ExpressionEvaluator.Condition(when, chain, context.Values)) return;
            var computed = ExpressionEvaluator.Number(tieOut.Expected, chain, context.Values);
            var tolerance = ExpressionEvaluator.Number(tieOut.Tolerance, chain, context.Values);
            if (Holds(tieOut.Comparison, stated, computed, tolerance)) return;
            var arguments = tieOut.Arguments.Select(a => Argument(a, stated, computed, chain, context)).ToArray();
            context.Diagnostics.Report(tieOut.Descriptor, statedValue.Location, arguments);
        }
        catch (ExpressionEvaluationException e)
        {
            context.Diagnostics.Report(ProfileDiagnostics.TieOutNotEvaluated, statedValue.Location, tieOut.Descriptor.Id, e.Message);
        }
    }

    private static bool Holds(TieOutComparison comparison, decimal stated, decimal computed, decimal tolerance) => comparison switch
    {
        TieOutComparison.AtLeast => stated >= computed - tolerance,
        TieOutComparison.AtMost => stated <= computed + tolerance,
        _ => Math.Abs(stated - computed) <= tolerance,
    };

    private static object? Argument(MessageArgument argument, decimal stated, decimal computed, IReadOnlyList<ObjectValue> chain, CheckContext context)
    {
        var value = argument.Path switch
        {
            "stated" => stated,
            "computed" => computed,
            "difference" => stated - computed,
            _ => ItemPath.Resolve(argument.Path, chain, context.Values),
        };
        return argument.IsPerson && value is string id ? context.NameOf(id) : value;
    }
}
