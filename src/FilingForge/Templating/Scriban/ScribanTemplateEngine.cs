using FilingForge.Diagnostics;
using global::Scriban;
using global::Scriban.Parsing;
using global::Scriban.Runtime;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// <see cref="ITemplateEngine"/> on Scriban. Every file of the folder is parsed and checked against the
/// <see cref="TemplateSandbox"/> once, when the engine is made; the parsed templates are then rendered any number of
/// times, from any thread, each render with its own <see cref="FilingTemplateContext"/>. Parse and sandbox errors are
/// reported by every render, since any document may include any file.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    private static readonly ParserOptions Parsing = new() { ParseFloatAsDecimal = true };

    private readonly TemplateFiles _files;
    private readonly IReadOnlyList<(string Name, IScriptCustomFunction Function)> _functions;
    private readonly RenderLimits _limits;
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _instrumentedLines = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _errors = [];

    public ScribanTemplateEngine(TemplateFiles files, TemplateFunctions functions, RenderLimits? limits = null)
    {
        _files = files;
        _limits = limits ?? RenderLimits.Default;
        _functions = [.. functions.Values.Select(f => (f.Key, (IScriptCustomFunction)TemplateFunction.ForValue(f.Value))),
            .. functions.Fragments.Select(f => (f.Key, (IScriptCustomFunction)TemplateFunction.ForFragment(f.Value))),
            ("include", IncludeFunction.Instance)];
        for (var i = 0; i < files.Files.Count; i++) Parse(files.Files[i], i);
    }

    private void Parse(TemplateFile file, int index)
    {
        if (file.Fault is not null)
        {
            _errors.Add(file.Fault);
            return;
        }

        var text = LineMarkers.Instrument(file.Text, index);
        _instrumentedLines[file.DisplayPath] = text.Split('\n');
        var template = Template.Parse(text, file.DisplayPath, Parsing);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            _errors.Add(TemplateDiagnostics.TemplateSyntax.At(Locate(error.Span), error.Message));
            return;
        }

        _errors.AddRange(TemplateSandbox.Check(template.Page!, Locate));
        _templates[file.Name] = template;
    }

    public RenderedText? Render(string templateName, IReadOnlyDictionary<string, object?> context, DiagnosticBag diagnostics, Xbrl.FactTagger? facts = null)
    {
        if (_files.Find(templateName) is null)
        {
            diagnostics.Report(TemplateDiagnostics.TemplateNotFound, new SourceLocation(_files.Directory, 0, 0), templateName + TemplateFiles.Extension);
            return null;
        }

        if (_errors.Count > 0)
        {
            diagnostics.AddRange(_errors);
            return null;
        }

        var render = new FilingTemplateContext(this, Functions(), context, new TemplateScope(context, diagnostics, facts), _limits);
        render.EnterDocument(templateName);
        try
        {
            return LineMarkers.Strip(_templates[templateName].Render(render), _files.Files);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Diagnose(e));
            return null;
        }
    }

    /// <summary>The parsed template an include names, or a fault when it names none of this folder's templates.</summary>
    internal Template Resolve(string name, SourceSpan span)
    {
        if (!TemplateFiles.IsTemplateName(name))
            throw new TemplateFault(span, TemplateDiagnostics.IncludeOutsideFolder, name);
        return _templates.TryGetValue(name, out var template)
            ? template
            : throw new TemplateFault(span, TemplateDiagnostics.PartialNotFound, name,
                NameSuggestion.DidYouMean(name, _files.Files.Select(f => f.Name).ToList()));
    }

    private ScriptObject Functions()
    {
        var functions = new ScriptObject(_functions.Count, StringComparer.Ordinal);
        foreach (var (name, function) in _functions) functions.SetValue(name, function, readOnly: true);
        return functions;
    }

    /// <summary>
    /// A fault FilingForge raised keeps its own diagnostic; a function's <see cref="TemplateException"/> is reported at
    /// the call; Scriban's own runtime errors (wrong argument count, a member of nil) are FF5099 with its message. Any
    /// other exception is an I/O error or a defect, not a template problem: it leaves as if no template were between.
    /// </summary>
    private Diagnostic Diagnose(ScriptRuntimeException e)
    {
        while (e is not TemplateFault && e.InnerException is ScriptRuntimeException inner) e = inner;
        return e switch
        {
            TemplateFault fault => fault.Descriptor.At(Locate(fault.Span), fault.Arguments.ToArray()),
            { InnerException: TemplateException function } => function.Descriptor.At(Locate(e.Span), function.Arguments.ToArray()),
            { InnerException: { } cause } => Rethrow(cause),
            _ => TemplateDiagnostics.RenderFailed.At(Locate(e.Span), e.OriginalMessage),
        };
    }

    private static Diagnostic Rethrow(Exception cause)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        return null!;
    }

    /// <summary>A Scriban span (0-based, in the instrumented text) as the 1-based line and column of the template file.</summary>
    private SourceLocation Locate(SourceSpan span)
    {
        var file = span.FileName ?? "";
        var column = span.Start.Column;
        if (_instrumentedLines.TryGetValue(file, out var lines) && span.Start.Line >= 0 && span.Start.Line < lines.Length)
            column -= LineMarkers.MarkerLength(lines[span.Start.Line]);
        return new SourceLocation(file, span.Start.Line + 1, Math.Max(0, column) + 1);
    }
}
