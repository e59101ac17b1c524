using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// A declared tie-out: in every item that <see cref="ForEach"/> reaches in data file <see cref="File"/>, a stated value
/// (<see cref="Stated"/>) must equal, be at least or be at most (<see cref="Comparison"/>) an expression over the item's
/// fields (<see cref="Expected"/>, written <c>equals</c>, <c>at_least</c> or <c>at_most</c>) within <see cref="Tolerance"/>
/// (a number, or an expression such as a tolerance the filing states); where <see cref="When"/> is given, only items for which it holds. An item that states no
/// value is not checked: the compiler computes the figure instead. A mismatch is <see cref="Descriptor"/> at the stated
/// value, its message filled from <see cref="Arguments"/>.
/// </summary>
public sealed record TieOutDeclaration(
    DiagnosticDescriptor Descriptor,
    string File,
    IReadOnlyList<string> ForEach,
    string Stated,
    TieOutComparison Comparison,
    ProfileExpression Expected,
    ProfileExpression? When,
    ProfileExpression Tolerance,
    IReadOnlyList<MessageArgument> Arguments,
    SourceLocation Location);

/// <summary>How the stated value must stand to the expression: equal to it, or not below it, or not above it.</summary>
public enum TieOutComparison
{
    Equals,
    AtLeast,
    AtMost,
}

/// <summary>
/// One placeholder of a tie-out's message, in order: <c>stated</c>, <c>computed</c>, <c>difference</c>, or a field of
/// the item (<c>year</c>) or of an enclosing item (<c>^person</c>); <see cref="IsPerson"/> prints a person id as the
/// person's name (<c>{^person:person}</c>).
/// </summary>
public sealed record MessageArgument(string Path, bool IsPerson);
