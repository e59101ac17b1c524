using FilingForge.Model;

namespace FilingForge.Computation;

/// <summary>
/// The Proposal 1 nominees (directors with <c>nominee: true</c>, in the order of <c>directors.yaml</c>) and the
/// nominees as the card prints them (<c>proxy-card.yaml</c> <c>nominees</c> when given, otherwise the same list).
/// </summary>
public static class NomineeLists
{
    public static IReadOnlyList<Director> Nominees(DirectorsFile directors) =>
        directors.Directors.Where(d => d.Nominee).ToArray();

    public static IReadOnlyList<string> CardNomineeIds(Filing filing) =>
        filing.ProxyCard.Nominees ?? Nominees(filing.Directors).Select(d => d.Person).ToList();
}
