namespace FilingForge.Model;

/// <summary><c>proxy-card.yaml</c>: the form of proxy and its voting panel.</summary>
public sealed class ProxyCardFile : ModelNode
{
    /// <summary>People appointed as proxies.</summary>
    public required List<string> Proxies { get; init; }
    /// <summary>
    /// Nominees as printed on the card. Optional: by default the card lists the Proposal 1 nominees;
    /// when given, the check requires the same people in the same order.
    /// </summary>
    public List<string>? Nominees { get; init; }
    public required string InternetVotingUrl { get; init; }
    public required string TelephoneVotingNumber { get; init; }
    public required string ElectronicVotingAvailability { get; init; }
    public string? AnnualReportUrl { get; init; }
    public bool AskAboutAttendance { get; init; } = true;
}
