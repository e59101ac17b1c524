using FilingForge.Diagnostics;
using global::Scriban.Syntax;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// The Scriban constructs a FilingForge template may not use, found once when the templates are parsed. Templates
/// never compute (arithmetic belongs to the Compute stage), never define functions or import members (only
/// FilingForge's functions exist), and never write markup of their own (<c>tablerow</c>) or re-print captured
/// output (<c>capture</c>, which would be escaped twice).
/// </summary>
internal sealed class TemplateSandbox : ScriptVisitor
{
    private static readonly HashSet<ScriptBinaryOperator> Arithmetic =
    [
        ScriptBinaryOperator.Add, ScriptBinaryOperator.Subtract, ScriptBinaryOperator.Multiply, ScriptBinaryOperator.Divide,
        ScriptBinaryOperator.DivideRound, ScriptBinaryOperator.Modulus, ScriptBinaryOperator.Power,
        ScriptBinaryOperator.ShiftLeft, ScriptBinaryOperator.ShiftRight, ScriptBinaryOperator.BinaryAnd,
        ScriptBinaryOperator.BinaryOr, ScriptBinaryOperator.RangeInclude, ScriptBinaryOperator.RangeExclude,
        ScriptBinaryOperator.Custom,
    ];

    private readonly Func<global::Scriban.Parsing.SourceSpan, SourceLocation> _locate;
    private readonly List<Diagnostic> _found = [];

    private TemplateSandbox(Func<global::Scriban.Parsing.SourceSpan, SourceLocation> locate) => _locate = locate;

    public static IReadOnlyList<Diagnostic> Check(ScriptNode page, Func<global::Scriban.Parsing.SourceSpan, SourceLocation> locate)
    {
        var sandbox = new TemplateSandbox(locate);
        sandbox.Visit(page);
        return sandbox._found;
    }

    public override void Visit(ScriptNode? node)
    {
        if (Refusal(node) is { } reason) _found.Add(TemplateDiagnostics.ConstructNotAllowed.At(_locate(node!.Span), reason.Construct, reason.Why));
        base.Visit(node);
    }

    private static (string Construct, string Why)? Refusal(ScriptNode? node) => node switch
    {
        ScriptBinaryExpression { Operator: var op } binary when Arithmetic.Contains(op) =>
            (binary.OperatorAsText, "templates never compute; declare the figure in the Compute stage and print it"),
        ScriptFunction => ("func", "only FilingForge's functions exist in a template"),
        ScriptImportStatement => ("import", "only FilingForge's functions exist in a template"),
        ScriptWithStatement => ("with", "name the object's fields through the object instead"),
        ScriptWrapStatement => ("wrap", "only FilingForge's functions exist in a template"),
        ScriptTableRowStatement => ("tablerow", "tables come from table definitions (the table function)"),
        ScriptCaptureStatement => ("capture", "captured output would be escaped a second time when printed"),
        _ => null,
    };
}
