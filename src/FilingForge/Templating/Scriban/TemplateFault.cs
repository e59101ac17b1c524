using FilingForge.Diagnostics;
using global::Scriban.Parsing;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// A template fault FilingForge recognised itself (a name that resolves to nothing, a value that cannot be printed,
/// a runaway render): its diagnostic and arguments travel through Scriban's evaluator with the span where it happened.
/// </summary>
internal sealed class TemplateFault(SourceSpan span, DiagnosticDescriptor descriptor, params object?[] arguments)
    : ScriptRuntimeException(span, descriptor.At(SourceLocation.None, arguments).Message)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
