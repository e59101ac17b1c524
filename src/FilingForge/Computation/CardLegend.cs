using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// What the card's Rule 14a-4(b)(1) legend says an unmarked card is voted for: each proposal the Board recommends a
/// vote on, in order, numbered from 1 (the legend prints them (I), (II), …), with the vote the recommendation gives. A proposal
/// the Board makes no recommendation on gives no vote, and the legend does not name it. <see cref="DiscretionNumber"/>
/// numbers the proxies' discretionary authority as the item after the last proposal ("3." after Proposals 1 and 2).
/// </summary>
public sealed record CardLegend(IReadOnlyList<CardLegendItem> Items, decimal DiscretionNumber)
{
    public static CardLegend Of(ObjectValue proposals)
    {
        var items = new List<CardLegendItem>();
        string? previous = null;
        foreach (var proposal in proposals.Objects("proposals"))
        {
            var vote = proposal.Text("board_recommendation");
            if (vote is null or "none") continue;
            var phrase = proposal.Text("legend_text") ?? proposal.Text("card_text") ?? "";
            items.Add(new CardLegendItem(proposal, items.Count + 1, vote, phrase, vote != previous));
            previous = vote;
        }

        var last = proposals.Objects("proposals").Select(p => p.Number("number") ?? 0m).DefaultIfEmpty(0m).Max();
        return new CardLegend(items, last + 1);
    }
}

/// <param name="Number">The item's place in the legend, from 1.</param>
/// <param name="Vote">The Board's recommendation (<c>for</c>, <c>against</c>, <c>one_year</c>, …) an unmarked card follows.</param>
/// <param name="Phrase">The matter as the legend names it: the proposal's <c>legend_text</c>, or its <c>card_text</c>.</param>
/// <param name="NewVote">Whether the vote differs from the previous item's, so the legend names it again.</param>
public sealed record CardLegendItem(ObjectValue Proposal, int Number, string Vote, string Phrase, bool NewVote);
