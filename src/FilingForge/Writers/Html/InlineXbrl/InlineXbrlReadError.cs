namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>What the fact reader found wrong while reading; the checker turns each kind into its diagnostic.</summary>
public enum InlineXbrlReadErrorKind
{
    /// <summary>The document is not well-formed XML; nothing else was read.</summary>
    NotWellFormed,

    /// <summary>A fact, context or unit lacks what it must have (a name, an id, a period).</summary>
    Malformed,

    /// <summary>A format that is not one of the transformations FilingForge knows.</summary>
    UnknownFormat,

    /// <summary>A fact's text that its format (or xsd:decimal, without one) cannot read.</summary>
    UnreadableValue,

    /// <summary>A <c>continuedAt</c> that names no <c>ix:continuation</c>.</summary>
    MissingContinuation,

    /// <summary>An <c>ix:continuation</c> reached a second time (from two chains, or in a loop).</summary>
    ContinuationReachedTwice,
}

/// <summary>One problem, at the line:column of the element it concerns. <paramref name="Subject"/> names what was found; <paramref name="Detail"/> what was expected.</summary>
public sealed record InlineXbrlReadError(InlineXbrlReadErrorKind Kind, string Subject, string Detail, int Line, int Column);
