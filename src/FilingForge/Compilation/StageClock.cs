using System.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>Records how long each stage of a build takes, for <c>--timings</c> and the benchmarks.</summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _timings = new();

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        try { return run(); }
        finally { _timings.Add(new StageTiming(stage, watch.Elapsed)); }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
