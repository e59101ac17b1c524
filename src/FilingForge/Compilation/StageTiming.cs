namespace FilingForge.Compilation;

/// <summary>How long one stage of one build took; reported by <c>--timings</c> and by the benchmarks.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
