using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace FilingForge.Templating.Handlebars;

/// <summary>
/// <see cref="ITemplateEngine"/> on Handlebars.Net: strict bindings (an unresolved name throws and becomes FF5000
/// at the template line), Markdown escaping as the output encoder, triple-stash and <c>{{&amp;…}}</c> forbidden,
/// every template file registered as a partial under its name.
/// </summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    /// <summary>
    /// The <c>@data</c> key under which a render's <see cref="TemplateScope"/> reaches the helpers. It has a space, so
    /// no template expression can name it and print the build's internals.
    /// </summary>
    private const string ScopeKey = "filingforge scope";

    private readonly TemplateFiles _files;
    private readonly IHandlebars _handlebars;
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _compiled = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _unescapedOutput = [];
    private readonly List<Diagnostic> _syntaxErrors = [];

    /// <summary>
    /// Checks every file for unescaped output and registers it as a partial (which compiles it); the errors found
    /// are reported by each render. The engine can then render any number of times, from any thread.
    /// </summary>
    public HandlebarsTemplateEngine(TemplateFiles files, TemplateFunctions functions)
    {
        _files = files;
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        };
        configuration.CompileTimeConfiguration.Features.Add(new InterpretedExpressionCompiler());
        _handlebars = HandlebarsDotNet.Handlebars.Create(configuration);
        Register(functions);
        foreach (var file in files.Files) _unescapedOutput.AddRange(UnescapedOutput(file));
        for (var i = 0; i < files.Files.Count; i++)
        {
            try
            {
                _handlebars.RegisterTemplate(files.Files[i].Name, LineMarkers.Instrument(files.Files[i].Text, i));
            }
            catch (HandlebarsException e)
            {
                _syntaxErrors.Add(TemplateDiagnostics.TemplateSyntax.At(SyntaxErrorLocation(files.Files[i], e), FirstLine(e.Message)));
            }
        }
    }

    /// <summary>Handlebars.Net appends "Occured at: line:column" (0-based column) to compiler errors.</summary>
    private static SourceLocation SyntaxErrorLocation(TemplateFile file, HandlebarsException e)
    {
        var match = OccurredAt().Match(e.Message);
        return match.Success
            ? new SourceLocation(file.DisplayPath, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
            : new SourceLocation(file.DisplayPath, 0, 0);
    }

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex OccurredAt();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    public RenderedText? Render(string templateName, IReadOnlyDictionary<string, object?> context, DiagnosticBag diagnostics)
    {
        if (_files.Find(templateName) is null)
        {
            diagnostics.Report(TemplateDiagnostics.TemplateNotFound, new SourceLocation(_files.Directory, 0, 0), templateName + TemplateFiles.Extension);
            return null;
        }

        // Unescaped output is reported alone: Handlebars.Net cannot parse {{&x}}, and a syntax error would repeat it.
        var errors = _unescapedOutput.Count > 0 ? _unescapedOutput : _syntaxErrors;
        if (errors.Count > 0)
        {
            diagnostics.AddRange(errors);
            return null;
        }

        var writer = new StringWriter();
        try
        {
            EntryPoint(templateName)(writer, context, new Dictionary<string, object?> { [ScopeKey] = new TemplateScope(context, diagnostics) });
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException or TemplateException)
        {
            var cause = Unwrap(e);
            // An I/O error or a defect in a helper is not a template problem: it leaves as if no template were between.
            if (cause is not (HandlebarsException or HandlebarsUndefinedBindingException or TemplateException)) ExceptionDispatchInfo.Capture(cause).Throw();
            ReportFailure(cause, writer.ToString(), diagnostics);
            return null;
        }

        return LineMarkers.Strip(writer.ToString(), _files.Files);
    }

    /// <summary>A document is rendered through its partial, which registration has already compiled.</summary>
    private HandlebarsTemplate<TextWriter, object, object> EntryPoint(string templateName)
    {
        lock (_compiled)
        {
            if (!_compiled.TryGetValue(templateName, out var template))
                _compiled[templateName] = template = _handlebars.Compile(new StringReader("{{> " + templateName + "}}"));
            return template;
        }
    }

    /// <summary>Triple-stash and <c>{{&amp;x}}</c> would bypass escaping; they are errors in every file, partials included.</summary>
    private static IEnumerable<Diagnostic> UnescapedOutput(TemplateFile file)
    {
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            foreach (Match match in UnescapedTag().Matches(lines[i]))
                yield return TemplateDiagnostics.UnescapedOutput.At(new SourceLocation(file.DisplayPath, i + 1, match.Index + 1), match.Value);
    }

    [GeneratedRegex(@"\{\{\{[^}]*\}\}\}|\{\{~?&[^}]*\}\}")]
    private static partial Regex UnescapedTag();

    /// <summary>
    /// Handlebars.Net wraps whatever is thrown inside a partial in a runtime exception, once per partial level, and
    /// every document renders as a partial; the cause is the innermost exception.
    /// </summary>
    private static Exception Unwrap(Exception e)
    {
        while (e is HandlebarsRuntimeException { InnerException: { } inner }) e = inner;
        return e;
    }

    private void ReportFailure(Exception e, string partialOutput, DiagnosticBag diagnostics)
    {
        var at = LineMarkers.LastIn(partialOutput, _files.Files);
        switch (e)
        {
            case HandlebarsUndefinedBindingException unresolved:
                diagnostics.Report(TemplateDiagnostics.UnresolvedName, Refine(at, unresolved.Path), unresolved.Path, unresolved.MissingKey);
                break;
            case TemplateException helper:
                diagnostics.Add(helper.Descriptor.At(at, helper.Arguments.ToArray()));
                break;
            case HandlebarsRuntimeException when PartialName().Match(e.Message) is { Success: true } partial:
                diagnostics.Report(TemplateDiagnostics.PartialNotFound, Refine(at, partial.Groups[1].Value), partial.Groups[1].Value);
                break;
            default:
                diagnostics.Report(TemplateDiagnostics.RenderFailed, at, e.Message);
                break;
        }
    }

    [GeneratedRegex("partial name '([^']+)'")]
    private static partial Regex PartialName();

    /// <summary>
    /// The marker gives the last template line that wrote output; the failing expression is on that line or, when
    /// it sits on a block-tag line that carries no marker, a few lines further on. Find the expression's text there.
    /// </summary>
    private SourceLocation Refine(SourceLocation at, string expression)
    {
        var file = _files.Files.FirstOrDefault(f => f.DisplayPath == at.File);
        if (file is null) return at;
        var lines = file.Text.Split('\n');
        for (var i = Math.Max(0, at.Line - 1); i < lines.Length; i++)
        {
            var column = IndexOfExpression(lines[i], expression);
            if (column >= 0) return new SourceLocation(at.File, i + 1, column + 1);
        }

        return at;
    }

    private static int IndexOfExpression(string line, string expression)
    {
        for (var start = line.IndexOf(expression, StringComparison.Ordinal); start >= 0; start = line.IndexOf(expression, start + 1, StringComparison.Ordinal))
        {
            var before = start == 0 ? ' ' : line[start - 1];
            var after = start + expression.Length < line.Length ? line[start + expression.Length] : ' ';
            if (!IsNameChar(before) && !IsNameChar(after)) return start;
        }

        return -1;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';

    private void Register(TemplateFunctions functions)
    {
        foreach (var (name, function) in functions.Values)
        {
            HandlebarsReturnHelper helper = (Context _, Arguments arguments) => function(ToList(arguments));
            _handlebars.RegisterHelper(name, helper);
        }

        foreach (var (name, function) in functions.Fragments)
        {
            HandlebarsHelperWithOptions helper = (in EncodedTextWriter output, in HelperOptions options, in Context _, in Arguments arguments) =>
                output.WriteSafeString(function(ToList(arguments), (TemplateScope)options.Data[ScopeKey]!));
            _handlebars.RegisterHelper(name, helper);
        }
    }

    private static object?[] ToList(Arguments arguments)
    {
        var list = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
            list[i] = arguments[i] is UndefinedBindingResult ? null : arguments[i];
        return list;
    }
}
