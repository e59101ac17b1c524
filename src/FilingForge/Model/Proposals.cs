namespace FilingForge.Model;

/// <summary><c>proposals.yaml</c>: the matters to be voted on, in the order of the notice and the card.</summary>
public sealed class ProposalsFile : ModelNode
{
    public required List<Proposal> Proposals { get; init; }
}

public sealed class Proposal : ModelNode
{
    public required int Number { get; init; }
    public required ProposalKind Kind { get; init; }
    /// <summary>Heading in the statement, such as "Election of Directors to the Board of Directors".</summary>
    public required string Title { get; init; }
    /// <summary>One line for the notice's list of business.</summary>
    public required string NoticeText { get; init; }
    /// <summary>The matter as identified on the proxy card.</summary>
    public required string CardText { get; init; }
    public required Recommendation BoardRecommendation { get; init; }
    public required MarkdownText RequiredVote { get; init; }
    public MarkdownText? Body { get; init; }
}

public enum ProposalKind
{
    Election,
    CharterAmendment,
    AuditorRatification,
    CompensationPlan,
    StockholderProposal,
    Other,
}

public enum Recommendation
{
    For,
    Against,
    None,
}
