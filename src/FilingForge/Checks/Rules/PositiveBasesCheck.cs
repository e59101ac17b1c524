using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The numbers that other figures are divided by or scaled from are greater than zero (FF2111): shares outstanding
/// (percent of class) and the graph's initial investment (indexed returns). Zero is not negative, so FF2201 lets it
/// through; Compute would print every percentage as 0.00%.
/// </summary>
public sealed class PositiveBasesCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var meeting = context.Filing.Meeting;
        if (meeting.SharesOutstanding == 0)
            context.Report(CheckDiagnostics.BaseNotPositive, meeting, nameof(MeetingFile.SharesOutstanding), "shares_outstanding", 0, "every percent of class");
        var graph = context.Filing.PerformanceGraph;
        if (graph.InitialInvestment == 0m)
            context.Report(CheckDiagnostics.BaseNotPositive, graph, nameof(PerformanceGraphFile.InitialInvestment), "initial_investment", 0, "the indexed returns");
    }
}
