using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks.Declared;

/// <summary>
/// Evaluates every derived figure the profile declares, in every item that has one, so a figure the data cannot give
/// (a ratio over a zero) is an error at its item now, and Compute and the templates only ever read figures that exist.
/// </summary>
public sealed class DeclaredFiguresCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares, whatever that is.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        var values = context.Values;
        foreach (var figure in ValueWalker.Objects(values).SelectMany(o => o.Fields).Select(f => f.Value).OfType<ComputedValue>())
        {
            try
            {
                _ = figure.Value;
            }
            catch (ExpressionEvaluationException e)
            {
                context.Diagnostics.Report(ProfileDiagnostics.FigureNotEvaluated, figure.Owner.Location,
                    ValueWalker.Describe(figure.Owner, figure.Field.Key), figure.Field.Computed!.Text, e.Message);
            }
        }
    }
}
