using FilingForge.Diagnostics;

namespace FilingForge.Review;

/// <summary>Diagnostics of <c>filingforge diff</c> and <c>roll-forward</c> (FF68xx: review outputs).</summary>
public static class ReviewDiagnostics
{
    public static readonly DiagnosticDescriptor NoMarkdownInBuildOutput = new(
        "FF6801", Severity.Error, "Build output without Markdown",
        "`{0}` holds a build's manifest.json but no Markdown; build it with --markdown so it can be compared");

    public static readonly DiagnosticDescriptor RevisionUnavailable = new(
        "FF6802", Severity.Error, "Revision not available",
        "cannot read `{0}` at git revision `{1}`: {2}");

    public static readonly DiagnosticDescriptor RollForwardTargetExists = new(
        "FF6803", Severity.Error, "Roll-forward target exists",
        "`{0}` already exists and is not empty; roll-forward writes a new folder and never overwrites one");

    public static readonly DiagnosticDescriptor RollForwardYearOutOfRange = new(
        "FF6804", Severity.Error, "Roll-forward year out of range",
        "--year {0} is not a year to roll {1}'s filing forward to; give a year from {2} to {3}");
}
