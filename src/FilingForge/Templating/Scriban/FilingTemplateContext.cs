using System.Collections;
using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Values;
using global::Scriban;
using global::Scriban.Parsing;
using global::Scriban.Runtime;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// The Scriban context of one document's render: strict (an unknown name or member is FF5000 with a suggestion),
/// sandboxed (only FilingForge's functions and the filing's values are reachable, through dictionary lookups), escaping
/// (every printed value goes through <see cref="MarkdownEscaper"/>; only <see cref="MarkdownFragment"/>s pass as they
/// are) and bounded by <see cref="RenderLimits"/>. Per-build state (the scope the table functions read) lives here, so
/// the parsed templates it renders are shared by every build in the process.
/// </summary>
internal sealed class FilingTemplateContext : TemplateContext
{
    private readonly ScribanTemplateEngine _engine;
    private readonly ScriptObject _functions;
    private readonly ScriptObject _globals;
    private readonly RenderLimits _limits;
    private readonly Stack<(string Name, int OuterLength)> _includes = new();
    private int _outerLength;
    private SourceSpan _printing;
    private int _loopSteps;

    public FilingTemplateContext(ScribanTemplateEngine engine, ScriptObject functions, IReadOnlyDictionary<string, object?> root, TemplateScope scope, RenderLimits limits)
        : base(functions, StringComparer.Ordinal)
    {
        _engine = engine;
        _functions = functions;
        _limits = limits;
        Scope = scope;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        AutoIndent = false;
        LoopLimit = 0; // counted by OnStepLoop over the whole render, not per loop
        LimitToString = 0; // Scriban would cut the text at 1 MB with "..." and no error; RenderLimits bounds it instead
        RecursiveLimit = limits.IncludeDepth;
        PushCulture(CultureInfo.InvariantCulture);
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
        _globals = new ScriptObject(root.Count, StringComparer.Ordinal);
        foreach (var (key, value) in root) _globals.SetValue(key, value, readOnly: true);
        PushGlobal(_globals);
    }

    public TemplateScope Scope { get; }

    /// <summary>Notes the statement being evaluated: Scriban writes its value with the enclosing block's span.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement statement) _printing = statement.Span;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <summary>Prints a value: escaped text, or generated Markdown as it is. What has no text form is a fault, not "[...]".</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case MarkdownFragment fragment:
                Write(fragment.Markdown);
                break;
            default:
                Write(MarkdownEscaper.Escape(PrintedText(_printing, textAsObject)));
                break;
        }

        CheckLength(span);
        return this;
    }

    /// <summary>Truthiness as templates/README.md documents it: nil, false, empty text and empty lists are false.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        MarkdownText m => m.Value.Length > 0,
        ICollection c => c.Count > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => true,
    };

    protected override IObjectAccessor GetMemberAccessorImpl(object target) => target switch
    {
        IScriptObject => base.GetMemberAccessorImpl(target)!,
        IReadOnlyDictionary<string, object?> => DataObjectAccessor.Instance,
        _ => NoMembersAccessor.Instance,
    };

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_loopSteps > _limits.LoopSteps)
            throw new TemplateFault(loop.Span, TemplateDiagnostics.LoopBudget, _limits.LoopSteps);
        CheckLength(loop.Span);
        return true;
    }

    /// <summary>Resolves an include, refusing a template that is already being rendered further up.</summary>
    public Template EnterInclude(string name, SourceSpan span)
    {
        var template = _engine.Resolve(name, span);
        if (_includes.Any(i => i.Name == name))
            throw new TemplateFault(span, TemplateDiagnostics.IncludeCycle, string.Join(" → ", _includes.Reverse().Select(i => i.Name).Append(name)));
        CheckLength(span);
        var outer = CurrentLength();
        _includes.Push((name, outer));
        _outerLength += outer;
        return template;
    }

    public void ExitInclude() => _outerLength -= _includes.Pop().OuterLength;

    /// <summary>Marks the document being rendered, so that an include of the document from inside itself is a cycle too.</summary>
    public void EnterDocument(string name) => _includes.Push((name, 0));

    private int CurrentLength() => Output is StringBuilderOutput output ? output.Builder.Length : 0;

    private void CheckLength(SourceSpan span)
    {
        if (_outerLength + CurrentLength() > _limits.DocumentCharacters)
            throw new TemplateFault(span, TemplateDiagnostics.DocumentTooLarge, _limits.DocumentCharacters);
    }

    private static string PrintedText(SourceSpan span, object value) => value switch
    {
        string s => s,
        MarkdownText m => m.Value,
        int or long or decimal or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new TemplateFault(span, TemplateDiagnostics.NotPrintable, TemplateHelpers.Describe(value)),
    };

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value) =>
        throw new TemplateFault(span, TemplateDiagnostics.UnresolvedName, variable.ToString(), variable.Name,
            Suggestion(variable.Name, _globals.Keys.Concat(_functions.Keys)));

    private bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var (path, at) = CurrentNode is ScriptMemberExpression expression ? (expression.ToString(), expression.Span) : (member, span);
        var suggestion = target is IReadOnlyDictionary<string, object?> data
            ? Suggestion(member, data.Keys)
            : $"; {TemplateHelpers.Describe(target)} has no members";
        throw new TemplateFault(at, TemplateDiagnostics.UnresolvedName, path, member, suggestion);
    }

    private static string Suggestion(string typed, IEnumerable<string> names) =>
        NameSuggestion.DidYouMean(typed, names.Distinct(StringComparer.Ordinal).ToList()) is { Length: > 0 } hint
            ? hint
            : "; check the spelling against the data keys";
}
