using System.Diagnostics;
using System.Runtime;
using FilingForge.Compilation;

namespace FilingForge.Cli;

/// <summary>
/// What <c>--timings</c> prints: each stage's wall time and the JIT time inside it, then the whole process: start-up
/// before <c>Main</c>, total JIT time and methods compiled, garbage collections, allocated bytes and peak working set.
/// </summary>
internal static class TimingsReport
{
    private static DateTime _mainStarted;

    public static void MarkMainStarted() => _mainStarted = DateTime.Now;

    public static void Print(IReadOnlyList<StageTiming> timings, TextWriter output)
    {
        output.WriteLine($"  {"stage",-36} {"wall",10} {"of it JIT",11}");
        foreach (var t in timings) output.WriteLine($"  {t.Stage,-36} {Ms(t.Elapsed),10} {Ms(t.Jit),11}");
        using var process = Process.GetCurrentProcess();
        var now = DateTime.Now;
        output.WriteLine($"  process: {Ms(now - process.StartTime)} since start, {Ms(StartupTime(process))} before Main; " +
                         $"JIT {Ms(JitInfo.GetCompilationTime())} for {JitInfo.GetCompiledMethodCount():N0} methods; " +
                         $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), " +
                         $"{GC.GetTotalAllocatedBytes() / 1_048_576.0:F1} MB allocated, peak working set {process.PeakWorkingSet64 / 1_048_576.0:F0} MB");
    }

    /// <summary>Host and runtime start-up: from process start to the first line of <c>Main</c>.</summary>
    private static TimeSpan StartupTime(Process process) => _mainStarted == default ? TimeSpan.Zero : _mainStarted - process.StartTime;

    private static string Ms(TimeSpan span) => $"{span.TotalMilliseconds:F1} ms";
}
