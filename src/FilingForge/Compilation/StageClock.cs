using System.Diagnostics;
using System.Runtime;

namespace FilingForge.Compilation;

/// <summary>
/// Records how long each stage of a build takes, for <c>--timings</c> and the benchmarks: wall time, and how much of
/// it the JIT compiler spent compiling methods (the difference between a fresh process and a warm one).
/// </summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _timings = new();

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        var jitBefore = JitInfo.GetCompilationTime();
        var watch = Stopwatch.StartNew();
        try { return run(); }
        finally
        {
            var elapsed = watch.Elapsed;
            lock (_timings) _timings.Add(new StageTiming(stage, elapsed, JitInfo.GetCompilationTime() - jitBefore));
        }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
