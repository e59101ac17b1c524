namespace FilingForge.Model;

/// <summary><c>performance-graph.yaml</c>: Item 201(e) stock performance graph.</summary>
public sealed class PerformanceGraphFile : ModelNode
{
    public required MarkdownText Introduction { get; init; }
    /// <summary>The amount assumed invested at the first period, in dollars.</summary>
    public required decimal InitialInvestment { get; init; }
    /// <summary>The measurement dates, first to last.</summary>
    public required List<DateOnly> Periods { get; init; }
    public required List<PerformanceSeries> Series { get; init; }
    /// <summary>Notes referenced from the series or the introduction.</summary>
    public required List<Footnote> Footnotes { get; init; }
}

/// <summary>One line of the graph: total-return values per period, indexed by the compiler to the initial investment.</summary>
public sealed class PerformanceSeries : ModelNode
{
    /// <summary>Short id of the series, such as "cpst".</summary>
    public required string Key { get; init; }
    /// <summary>Legend label.</summary>
    public required string Name { get; init; }
    /// <summary>One value per period, as printed.</summary>
    public required List<decimal> Values { get; init; }
    /// <summary>Footnote markers after the series name.</summary>
    public List<string> Notes { get; init; } = [];
}
