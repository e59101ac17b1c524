using FilingForge.Values;

namespace FilingForge.Computation;

/// <summary>
/// The Proposal 1 nominees (directors with <c>nominee: true</c>, in the order of <c>directors.yaml</c>) and the
/// nominees as the card prints them (<c>proxy-card.yaml</c> <c>nominees</c> when given, otherwise the same list).
/// </summary>
public static class NomineeLists
{
    /// <summary>The nominees' entries of <c>directors.yaml</c>, in its order.</summary>
    public static IReadOnlyList<ObjectValue> Nominees(FilingValues filing) =>
        filing.File("directors").Objects("directors").Where(d => d.Flag("nominee")).ToArray();

    /// <summary>The person ids the card prints: <c>proxy-card.yaml</c>'s <c>nominees</c> when written, otherwise the nominees'.</summary>
    public static IReadOnlyList<string> CardNomineeIds(FilingValues filing) =>
        filing.File("proxy-card").HasList("nominees")
            ? filing.File("proxy-card").Texts("nominees")
            : Nominees(filing).Select(d => d.Text("person") ?? "").ToArray();
}
