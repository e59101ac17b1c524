using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>
/// Diagnostics of the file system around the outputs (FF0xxx: the tool and the disk, before and after the stages):
/// a path that cannot be an output, and a write the file system refused.
/// </summary>
public static class OutputDiagnostics
{
    public static readonly DiagnosticDescriptor CannotWrite = new("FF0001", Severity.Error, "Cannot write output", "cannot write '{0}': {1}");
    public static readonly DiagnosticDescriptor NotAFolder = new("FF0002", Severity.Error, "Output folder unusable", "output folder '{0}' {1}");
    public static readonly DiagnosticDescriptor NotAFile = new("FF0003", Severity.Error, "Output file unusable", "output file '{0}' {1}");
    public static readonly DiagnosticDescriptor FolderBusy = new("FF0004", Severity.Error, "Output folder in use", "another FilingForge run has held '{0}' for {1} s; run again when it has finished");
}
