using global::Scriban;
using global::Scriban.Runtime;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// <c>{{ include "shared/company-heading" }}</c>: renders another template of the same folder, already parsed, in
/// place. Named arguments become the included template's local variables (<c>include "…/election" proposal: p</c>
/// gives it <c>$proposal</c>). Its output is Markdown FilingForge generated, so it is written as it is, never escaped
/// twice. The name is looked up among the folder's templates only: nothing is read from disk while rendering.
/// </summary>
internal sealed class IncludeFunction : ScriptFunctionBase
{
    public static readonly IncludeFunction Instance = new();

    private IncludeFunction() : base(requiredParameters: 1) { }

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var filing = (FilingTemplateContext)context;
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
            throw new TemplateFault(span, TemplateDiagnostics.HelperArgument, "include", "the name of one template",
                arguments.Count == 0 ? "nothing" : TemplateHelpers.Describe(arguments[0]));

        var template = filing.EnterInclude(name, span);
        try
        {
            return new MarkdownFragment(context.RenderTemplate(template, arguments, callerContext));
        }
        finally
        {
            filing.ExitInclude();
        }
    }
}
