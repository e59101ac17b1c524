using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The numbers that other figures are divided by or scaled from are greater than zero (FF2111): shares outstanding
/// (percent of class) and the graph's initial investment (indexed returns). Zero is not negative, so FF2201 lets it
/// through; Compute would print every percentage as 0.00%.
/// </summary>
public sealed class PositiveBasesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["meeting.shares_outstanding", "performance-graph.initial_investment"];

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Number("shares_outstanding") == 0m)
            context.Report(CheckDiagnostics.BaseNotPositive, meeting, "shares_outstanding", "shares_outstanding", 0, "every percent of class");
        var graph = context.Values.File("performance-graph");
        if (graph.Number("initial_investment") == 0m)
            context.Report(CheckDiagnostics.BaseNotPositive, graph, "initial_investment", "initial_investment", 0, "the indexed returns");
    }
}
