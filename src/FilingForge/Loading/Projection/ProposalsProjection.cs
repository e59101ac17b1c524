using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>proposals.yaml</c> into <see cref="ProposalsFile"/>.</summary>
internal static class ProposalsProjection
{
    public static ProposalsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new ProposalsFile
        {
            Proposals = read.Objects(nameof(ProposalsFile.Proposals), ProposalOf),
        });
    }

    private static Proposal ProposalOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Proposal
        {
            Number = read.Int32(nameof(Proposal.Number)),
            Kind = read.Enum<ProposalKind>(nameof(Proposal.Kind)),
            Title = read.Text(nameof(Proposal.Title)),
            NoticeText = read.Text(nameof(Proposal.NoticeText)),
            CardText = read.Text(nameof(Proposal.CardText)),
            BoardRecommendation = read.Enum<Recommendation>(nameof(Proposal.BoardRecommendation)),
            Unanimous = read.Boolean(nameof(Proposal.Unanimous)),
            RequiredVote = read.Markdown(nameof(Proposal.RequiredVote)),
            Body = read.OptionalMarkdown(nameof(Proposal.Body)),
        });
    }
}
