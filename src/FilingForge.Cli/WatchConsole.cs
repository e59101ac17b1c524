using FilingForge.Diagnostics;
using FilingForge.Watch;

namespace FilingForge.Cli;

/// <summary>
/// What <c>filingforge watch</c> prints: each build's diagnostics as <c>build</c> prints them (standard error) and one
/// status line per build (standard output), the same words as the page's overlay. Builds finish on other threads, so
/// each build's lines are printed together.
/// </summary>
internal static class WatchConsole
{
    private static readonly object Gate = new();

    public static void Print(PreviewState state)
    {
        lock (Gate)
        {
            foreach (var d in state.Diagnostics) Console.Error.WriteLine(d.ToString());
            Console.WriteLine($"watch: {StatusLine.Of(state)}");
        }
    }

    public static void Print(Diagnostic diagnostic)
    {
        lock (Gate) Console.Error.WriteLine(diagnostic.ToString());
    }

    public static void Listening(Uri address, bool loopback, PreviewOptions options)
    {
        lock (Gate)
        {
            if (!loopback) Console.WriteLine($"watch: warning: the preview is reachable from the network at {address}");
            Console.WriteLine($"watch: watching {options.DataDirectory} and {options.TemplatesDirectory}; Ctrl-C stops");
            Console.WriteLine($"watch: preview at {address}");
        }
    }
}
