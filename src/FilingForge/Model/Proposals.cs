namespace FilingForge.Model;

/// <summary><c>proposals.yaml</c>: the matters to be voted on, in the order of the notice and the card.</summary>
public sealed class ProposalsFile : ModelNode
{
    public required List<Proposal> Proposals { get; init; }
}

public sealed class Proposal : ModelNode
{
    /// <summary>Proposal number, from 1.</summary>
    public required int Number { get; init; }
    public required ProposalKind Kind { get; init; }
    /// <summary>Heading in the statement, such as "Election of Directors to the Board of Directors".</summary>
    public required string Title { get; init; }
    /// <summary>One line for the notice's list of business.</summary>
    public required string NoticeText { get; init; }
    /// <summary>The matter as identified on the proxy card.</summary>
    public required string CardText { get; init; }
    /// <summary>How the board recommends voting.</summary>
    public required Recommendation BoardRecommendation { get; init; }
    /// <summary>Whether the Board's recommendation was unanimous; the statement says "unanimously" only when it was.</summary>
    public bool Unanimous { get; init; }
    /// <summary>The vote required for approval (Markdown).</summary>
    public required MarkdownText RequiredVote { get; init; }
    /// <summary>The discussion of the proposal (Markdown; subheadings as ### headings).</summary>
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
