using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The nominees printed on the proxy card are exactly the Proposal 1 nominees, in the same order (FF3105, Rule 14a-4(b)):
/// the message names who is missing from the card and who is extra, and whether the order differs. A card without its
/// own <c>nominees</c> prints the Proposal 1 nominees, so there is nothing to compare.
/// </summary>
public sealed class CardNomineesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "proxy-card.nominees", "directors.directors.nominee", "directors.directors.person", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var proxyCard = context.Values.File("proxy-card");
        if (!proxyCard.HasList("nominees")) return;
        var card = proxyCard.Texts("nominees");
        var statement = NomineeLists.Nominees(context.Values).Select(d => d.Text("person") ?? "").ToArray();
        if (card.SequenceEqual(statement, StringComparer.Ordinal)) return;
        context.Report(CheckDiagnostics.CardNomineesMismatch, proxyCard, "nominees", card.Count, statement.Length,
            Differences(context, card, statement));
    }

    /// <summary>Who is missing, who is extra, and whether the people on both lists are in another order.</summary>
    private static string Differences(CheckContext context, IReadOnlyList<string> card, IReadOnlyList<string> statement)
    {
        var missing = statement.Except(card, StringComparer.Ordinal).Select(context.NameOf).ToArray();
        var extra = card.Except(statement, StringComparer.Ordinal).Select(context.NameOf).ToArray();
        var parts = new List<string>();
        if (missing.Length > 0) parts.Add("missing from the card: " + string.Join(", ", missing));
        if (extra.Length > 0) parts.Add("on the card but not nominated: " + string.Join(", ", extra));
        var common = card.Intersect(statement, StringComparer.Ordinal).ToArray();
        var inStatementOrder = statement.Intersect(card, StringComparer.Ordinal).ToArray();
        if (!common.SequenceEqual(inStatementOrder, StringComparer.Ordinal))
            parts.Add(parts.Count == 0
                ? "the same people in a different order; the card must follow the statement's order"
                : "the order also differs from the statement's");
        return string.Join("; ", parts);
    }
}
