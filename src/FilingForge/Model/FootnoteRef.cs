namespace FilingForge.Model;

/// <summary>A table footnote, defined once under the table and referenced from header cells or row cells.</summary>
public sealed class Footnote : ModelNode
{
    /// <summary>The marker printed in the document, such as <c>1</c> or <c>*</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Column key whose header carries the marker, when the footnote explains a whole column.</summary>
    public string? Column { get; init; }

    public required MarkdownText Text { get; init; }
}
