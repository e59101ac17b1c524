using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks.Declared;

/// <summary>
/// Evaluates every derived figure the profile declares, in every item that has one, so a figure the data cannot give
/// (a ratio over a zero) is an error at its item now, and Compute and the templates only ever read figures that exist.
/// </summary>
public sealed class DeclaredFiguresCheck : ICheck
{
    public void Run(CheckContext context)
    {
        if (context.Filing.Values is not { } values) return;
        foreach (var file in values.Files.Values) Evaluate(file, context);
    }

    private static void Evaluate(DataValue value, CheckContext context)
    {
        switch (value)
        {
            case ObjectValue item:
                foreach (var (_, field) in item.Entries) Evaluate(field, context);
                break;
            case ListValue list:
                foreach (var element in list.Items) Evaluate(element, context);
                break;
            case ComputedValue figure:
                try
                {
                    _ = figure.Value;
                }
                catch (ExpressionEvaluationException e)
                {
                    context.Diagnostics.Report(ProfileDiagnostics.FigureNotEvaluated, figure.Owner.Location,
                        $"{figure.Owner.Path}.{figure.Field.Key}", figure.Field.Computed!.Text, e.Message);
                }

                break;
        }
    }
}
