using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// Diagnostics about a profile itself, located in the profile's files, and about a filing's choice of profile
/// (<c>filing.yaml</c>). IDs FF1500–FF1599 are permanent; a retired ID is never given to another meaning.
/// </summary>
public static class ProfileDiagnostics
{
    public static readonly DiagnosticDescriptor ProfileNotFound = new(
        "FF1500", Severity.Error, "Profile not found",
        "profile `{0}` does not exist in {1}{2}");

    public static readonly DiagnosticDescriptor ProfileFileMissing = new(
        "FF1501", Severity.Error, "Profile file missing",
        "profile `{0}` has no {1}");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "FF1502", Severity.Error, "Unknown key in a profile",
        "unknown key `{0}` in {1}{2}");

    public static readonly DiagnosticDescriptor MissingKey = new(
        "FF1503", Severity.Error, "Missing key in a profile",
        "{0} needs `{1}`");

    public static readonly DiagnosticDescriptor UnknownType = new(
        "FF1504", Severity.Error, "Unknown field type",
        "`{0}` is not a field type: expected a kind ({1}), a type or enumeration of types.yaml, `list of T` or `map of T`{2}");

    public static readonly DiagnosticDescriptor WrongValue = new(
        "FF1505", Severity.Error, "Wrong value in a profile",
        "`{0}` must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor RangeOutsideKind = new(
        "FF1506", Severity.Error, "Range outside what the kind may hold",
        "`{0}` may range from {1:N0} to {2:N0} at most, since it is {3}; {4:N0} to {5:N0} goes beyond that");

    public static readonly DiagnosticDescriptor RangeNotANumber = new(
        "FF1507", Severity.Error, "Range on a field that is not a number",
        "`{0}` is {1}, so it takes no `min` or `max`");

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "FF1508", Severity.Error, "Name declared twice",
        "`{0}` is declared twice in the profile; the first is at {1}");

    public static readonly DiagnosticDescriptor FileNotListed = new(
        "FF1509", Severity.Error, "Data file declared but not listed",
        "files/{0}.yaml declares a data file that profile.yaml does not list; add it to `files` or remove it");

    public static readonly DiagnosticDescriptor ExpressionInvalid = new(
        "FF1510", Severity.Error, "Expression does not parse",
        "`{0}` is not an expression FilingForge can evaluate: {1}");

    public static readonly DiagnosticDescriptor UnknownFieldPath = new(
        "FF1511", Severity.Error, "Path names no field",
        "`{0}` names no field of {1}{2}");

    public static readonly DiagnosticDescriptor UnknownDataFile = new(
        "FF1512", Severity.Error, "Unknown data file",
        "`{0}` is not a data file of this profile{1}");

    public static readonly DiagnosticDescriptor StatedNotANumber = new(
        "FF1513", Severity.Error, "Stated value is not a number",
        "`{0}` is {1}; a tie-out compares numbers");

    public static readonly DiagnosticDescriptor TieOutNotEvaluated = new(
        "FF1514", Severity.Error, "Tie-out cannot be evaluated",
        "tie-out {0} cannot be evaluated here: {1}");
    public static readonly DiagnosticDescriptor FigureMisdeclared = new(
        "FF1515", Severity.Error, "Derived figure declared wrongly",
        "`{0}` cannot be declared so: {1}");
    public static readonly DiagnosticDescriptor FigureCycle = new(
        "FF1516", Severity.Error, "Derived figures depend on each other in a cycle",
        "`{0}` is computed from itself: {1}");
    public static readonly DiagnosticDescriptor FigureNotEvaluated = new(
        "FF1517", Severity.Error, "Derived figure cannot be computed",
        "`{0}` = `{1}` cannot be computed from this item's data: {2}");
    public static readonly DiagnosticDescriptor DefaultDoesNotFit = new(
        "FF1518", Severity.Error, "Default does not fit its field",
        "the default of `{0}` is not a value of its type {1}: {2}");

    public static readonly DiagnosticDescriptor UnknownRule = new(
        "FF1519", Severity.Error, "Unknown rule",
        "`{0}` is not a rule of FilingForge's{1}");

    public static readonly DiagnosticDescriptor RuleReadsUndeclared = new(
        "FF1520", Severity.Error, "Rule reads fields the profile does not declare",
        "rule `{0}` reads {1}, which this profile does not declare; declare them or leave the rule out");
}
