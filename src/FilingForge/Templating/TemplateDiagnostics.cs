using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>Diagnostics of the Template stage. IDs FF5000–FF5099 are permanent; retired IDs are never reused.</summary>
public static class TemplateDiagnostics
{
    public static readonly DiagnosticDescriptor UnresolvedName = new(
        "FF5000", Severity.Error, "Unresolved name in template",
        "'{0}' does not name a value here (missing key '{1}'); check the spelling against the data keys");

    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "FF5001", Severity.Error, "Template not found",
        "template '{0}' does not exist");

    public static readonly DiagnosticDescriptor TemplateSyntax = new(
        "FF5002", Severity.Error, "Template syntax error",
        "template cannot be compiled: {0}");

    public static readonly DiagnosticDescriptor UnescapedOutput = new(
        "FF5003", Severity.Error, "Unescaped output in template",
        "'{0}' writes data without Markdown escaping; use {{{{name}}}} for text or {{{{md name}}}} for a Markdown field");

    public static readonly DiagnosticDescriptor NotMarkdownText = new(
        "FF5004", Severity.Error, "Raw Markdown from a plain field",
        "helper 'md' accepts only Markdown fields, but got {0}");

    public static readonly DiagnosticDescriptor HelperArgument = new(
        "FF5005", Severity.Error, "Wrong argument for a template helper",
        "helper '{0}' expects {1}, but got {2}");

    public static readonly DiagnosticDescriptor PartialNotFound = new(
        "FF5006", Severity.Error, "Partial not found",
        "partial '{0}' does not exist; partials are named by their path under templates/ without '.md.hbs'");

    public static readonly DiagnosticDescriptor TableDefinitionNotFound = new(
        "FF5010", Severity.Error, "Table definition not found",
        "table '{0}' has no definition (expected {1})");

    public static readonly DiagnosticDescriptor TableDefinitionInvalid = new(
        "FF5011", Severity.Error, "Invalid table definition",
        "table definition is invalid: {0}");

    public static readonly DiagnosticDescriptor TablePathUnresolved = new(
        "FF5012", Severity.Error, "Table value path does not resolve",
        "table '{0}': path '{1}' does not name a value (missing key '{2}')");

    public static readonly DiagnosticDescriptor TableValueKind = new(
        "FF5013", Severity.Error, "Table value has the wrong kind",
        "table '{0}', column '{1}': format '{2}' cannot print {3}");

    public static readonly DiagnosticDescriptor FootnoteColumnUnknown = new(
        "FF5014", Severity.Warning, "Footnote names a column the table does not have",
        "table '{0}': footnote '{1}' names column '{2}', which is neither a column nor a header group of the table ({3}); its marker is printed nowhere");

    public static readonly DiagnosticDescriptor RenderFailed = new(
        "FF5099", Severity.Error, "Template rendering failed",
        "rendering stopped: {0}");
}
