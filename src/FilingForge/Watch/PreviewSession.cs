namespace FilingForge.Watch;

/// <summary>
/// The live preview's builds. A change starts a new build at once and cancels the one in progress (it stops at its next
/// stage boundary and is never published), so a reader waits for at most one build after their last save, never for a
/// queue. Only the newest build publishes; readers see each published <see cref="PreviewState"/> whole.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly PreviewOptions _options;
    private readonly object _gate = new();
    private readonly List<Task> _running = new();
    private CancellationTokenSource? _current;
    private int _requested;
    private bool _disposed;
    private PreviewState _state = PreviewState.None;

    public PreviewSession(PreviewOptions options)
    {
        _options = options;
    }

    public PreviewOptions Options => _options;

    /// <summary>Raised after each build that was not superseded, good or failed, on the thread that built it.</summary>
    public event Action<PreviewState>? Published;

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>The first build, on the caller's thread, before the server starts.</summary>
    public PreviewState BuildNow()
    {
        int number;
        lock (_gate) number = ++_requested;
        Run(number, CancellationToken.None);
        return State;
    }

    /// <summary>Starts a build of the sources as they are now, superseding any build in progress.</summary>
    public void RequestRebuild()
    {
        lock (_gate)
        {
            if (_disposed) return;
            // Not disposed here: the superseded build may still be reading its token; an unregistered source needs no disposal.
            _current?.Cancel();
            var cancel = (_current = new CancellationTokenSource()).Token;
            var number = ++_requested;
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(Task.Run(() => Run(number, cancel)));
        }
    }

    private void Run(int number, CancellationToken cancel)
    {
        var outcome = PreviewBuilder.Build(_options, cancel);
        if (outcome is null) return;
        PreviewState published;
        lock (_gate)
        {
            if (number != _requested || _disposed) return;
            _state = published = _state.After(outcome);
        }

        Published?.Invoke(published);
    }

    /// <summary>Cancels the build in progress and waits for it to stop, so nothing runs after the session ends.</summary>
    public void Dispose()
    {
        Task[] running;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _current?.Cancel();
            running = _running.ToArray();
        }

        Task.WaitAll(running, TimeSpan.FromSeconds(10));
    }
}
