namespace FilingForge.Model;

/// <summary><c>related-transactions.yaml</c>: Item 404 transactions with management and others.</summary>
public sealed class RelatedTransactionsFile : ModelNode
{
    public required List<RelatedTransaction> Transactions { get; init; }
}

public sealed class RelatedTransaction : ModelNode
{
    /// <summary>Person id of the related person.</summary>
    public required string Person { get; init; }
    public required MarkdownText Text { get; init; }
}
