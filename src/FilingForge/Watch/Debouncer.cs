namespace FilingForge.Watch;

/// <summary>
/// Runs an action once a burst of triggers has been quiet for <c>quiet</c>: one save that an editor performs as several
/// file operations starts one build, not several.
/// </summary>
public sealed class Debouncer(TimeSpan quiet, Action action) : IDisposable
{
    private readonly Timer _timer = new(_ => action(), null, Timeout.Infinite, Timeout.Infinite);

    public void Trigger() => _timer.Change(quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        using var stopped = new ManualResetEvent(false);
        // Waits for a callback already running, so no build is requested after the watcher is gone.
        if (_timer.Dispose(stopped)) stopped.WaitOne(TimeSpan.FromSeconds(10));
    }
}
