using FilingForge.Diagnostics;

namespace FilingForge.Watch;

/// <summary>Diagnostics of <c>filingforge watch</c> (FF69xx: the live preview).</summary>
public static class PreviewDiagnostics
{
    public static readonly DiagnosticDescriptor CannotListen = new(
        "FF6901", Severity.Error, "Preview server cannot listen",
        "cannot listen on {0}: {1}");

    public static readonly DiagnosticDescriptor SourcesUnreadable = new(
        "FF6902", Severity.Error, "Sources unreadable during a rebuild",
        "could not read the sources ({0}); the next save rebuilds");

    public static readonly DiagnosticDescriptor InternalError = new(
        "FF6903", Severity.Error, "Internal error during a rebuild",
        "internal error in the compiler: {0}: {1}; the last good preview is kept");

    public static readonly DiagnosticDescriptor WatchFailed = new(
        "FF6904", Severity.Error, "Cannot watch a folder",
        "cannot watch `{0}` for changes: {1}");
}
