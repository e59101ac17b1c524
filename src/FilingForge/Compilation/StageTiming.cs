namespace FilingForge.Compilation;

/// <summary>
/// How long one stage of one build took, and how much of that the JIT compiler spent (process-wide, so stages that
/// run in parallel share it); reported by <c>--timings</c> and by the benchmarks.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Jit);
