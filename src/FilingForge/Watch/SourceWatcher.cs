using FilingForge.Diagnostics;

namespace FilingForge.Watch;

/// <summary>
/// Watches the data folder and the templates folder (the theme, <c>shared/theme.yaml</c>, is inside it) and reports a
/// change, debounced, to <c>changed</c>. Any change counts: deciding which files matter is the build's job, and a
/// spurious rebuild costs one build, a missed one a stale preview.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Debouncer _debouncer;

    private SourceWatcher(TimeSpan debounce, Action changed)
    {
        _debouncer = new Debouncer(debounce, changed);
    }

    /// <summary>Starts watching; a folder that cannot be watched is reported and the others still are.</summary>
    public static SourceWatcher Start(IEnumerable<string> folders, TimeSpan debounce, Action changed, DiagnosticBag diagnostics)
    {
        var watcher = new SourceWatcher(debounce, changed);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)) watcher.Watch(folder, diagnostics);
        return watcher;
    }

    private void Watch(string folder, DiagnosticBag diagnostics)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => _debouncer.Trigger();
            watcher.Created += (_, _) => _debouncer.Trigger();
            watcher.Deleted += (_, _) => _debouncer.Trigger();
            watcher.Renamed += (_, _) => _debouncer.Trigger();
            // Lost events (a full buffer) mean the folder may have changed in ways not reported: rebuild.
            watcher.Error += (_, _) => _debouncer.Trigger();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            diagnostics.Report(PreviewDiagnostics.WatchFailed, SourceLocation.None, folder, e.Message);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _debouncer.Dispose();
    }
}
