using global::Scriban;
using global::Scriban.Runtime;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// What every FilingForge function shows Scriban: it takes its arguments as they are written (no conversion, no
/// reflection over a .NET signature) and runs synchronously; the function itself checks what it was given.
/// </summary>
internal abstract class ScriptFunctionBase(int requiredParameters) : IScriptCustomFunction
{
    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => requiredParameters;

    public int ParameterCount => requiredParameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "argument" + index);
}
