using System.Diagnostics;
using System.Runtime;

namespace FilingForge.Compilation;

/// <summary>
/// Records how long each stage of a build takes, for <c>--timings</c> and the benchmarks: wall time, and how much of
/// it the JIT compiler spent compiling methods (the difference between a fresh process and a warm one).
/// </summary>
public sealed class StageClock
{
    private readonly List<StageTiming?> _timings = new();

    /// <summary>The finished stages in the order they started, so a stage's parts follow it.</summary>
    public IReadOnlyList<StageTiming> Timings
    {
        get { lock (_timings) return _timings.OfType<StageTiming>().ToList(); }
    }

    /// <summary>Times <paramref name="run"/>; safe to call from parallel stages.</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        int slot;
        lock (_timings)
        {
            slot = _timings.Count;
            _timings.Add(null);
        }

        var jitBefore = JitInfo.GetCompilationTime();
        var watch = Stopwatch.StartNew();
        try { return run(); }
        finally
        {
            var timing = new StageTiming(stage, watch.Elapsed, JitInfo.GetCompilationTime() - jitBefore);
            lock (_timings) _timings[slot] = timing;
        }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
