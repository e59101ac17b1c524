using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>
/// A write the file system refused (no space, read-only, no permission), carried as the located diagnostic it
/// becomes. It derives from <see cref="IOException"/> so that code which already handles I/O failures handles it too.
/// </summary>
public sealed class OutputFault(Diagnostic diagnostic, Exception inner) : IOException(diagnostic.Message, inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    /// <summary>The fault of writing <paramref name="path"/>, in the file system's own words without .NET's decoration.</summary>
    public static OutputFault Writing(string path, Exception inner) =>
        new(OutputDiagnostics.CannotWrite.At(new SourceLocation(path, 0, 0), path, Reason(inner)), inner);

    private static string Reason(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
