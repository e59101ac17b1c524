using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>
/// Raised by a helper while a template renders; the engine turns it into a diagnostic at the template line that
/// was being rendered. Only the engine catches it: collect-don't-throw holds at the stage boundary.
/// </summary>
public sealed class TemplateException(DiagnosticDescriptor descriptor, params object?[] arguments)
    : Exception(descriptor.At(SourceLocation.None, arguments).Message)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
