using global::Scriban;
using global::Scriban.Runtime;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// One of FilingForge's <see cref="TemplateFunctions"/> as a Scriban function, called with its arguments as they are
/// (no reflection, no conversion). A fragment function's Markdown comes back as a <see cref="MarkdownFragment"/>, which
/// the context writes unescaped; a value function's result is data like any other.
/// </summary>
internal sealed class TemplateFunction : ScriptFunctionBase
{
    private readonly Func<IReadOnlyList<object?>, FilingTemplateContext, object?> _invoke;

    private TemplateFunction(Func<IReadOnlyList<object?>, FilingTemplateContext, object?> invoke) : base(requiredParameters: 0) => _invoke = invoke;

    public static TemplateFunction ForValue(Func<IReadOnlyList<object?>, object?> function) => new((arguments, _) => function(arguments));

    public static TemplateFunction ForFragment(Func<IReadOnlyList<object?>, TemplateScope, string> function) =>
        new((arguments, context) => new MarkdownFragment(function(arguments, context.Scope)));

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++) values[i] = arguments[i];
        return _invoke(values, (FilingTemplateContext)context);
    }
}
