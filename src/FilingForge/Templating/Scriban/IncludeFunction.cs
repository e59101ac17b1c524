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
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public static readonly IncludeFunction Instance = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
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

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "template_name" : "value");
}
