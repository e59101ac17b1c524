using FilingForge.Diagnostics;

namespace FilingForge.Writers.Docx;

/// <summary>What the Word writer reports (FF62xx). IDs are permanent; a retired ID is never reused.</summary>
public static class DocxDiagnostics
{
    public static readonly DiagnosticDescriptor BlockNotRendered = new(
        "FF6200", Severity.Warning, "Block not rendered in Word",
        "the Word writer has no renderer for a {0} block; it is left out of {1}.docx");

    public static readonly DiagnosticDescriptor LinkTargetMissing = new(
        "FF6201", Severity.Warning, "Internal link without target",
        "the link to '#{0}' has no heading, table or chart with that id in {1}; it is written as plain text");

    public static readonly DiagnosticDescriptor ControlCharacterDropped = new(
        "FF6202", Severity.Warning, "Control character dropped",
        "text in {0} contains the control character U+{1}, which a Word document cannot hold; it was left out");

    public static readonly DiagnosticDescriptor ChartSeriesLength = new(
        "FF6203", Severity.Warning, "Chart series length differs from its categories",
        "chart '{0}': series '{1}' has {2} values for {3} categories; missing points are left blank, extra points dropped");
}
