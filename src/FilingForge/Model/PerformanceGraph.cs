namespace FilingForge.Model;

/// <summary><c>performance-graph.yaml</c>: Item 201(e) stock performance graph.</summary>
public sealed class PerformanceGraphFile : ModelNode
{
    public required MarkdownText Introduction { get; init; }
    public required decimal InitialInvestment { get; init; }
    public required List<DateOnly> Periods { get; init; }
    public required List<PerformanceSeries> Series { get; init; }
    public required List<Footnote> Footnotes { get; init; }
}

/// <summary>One line of the graph: total-return values per period, indexed by the compiler to the initial investment.</summary>
public sealed class PerformanceSeries : ModelNode
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required List<decimal> Values { get; init; }
    public List<string> Notes { get; init; } = [];
}
