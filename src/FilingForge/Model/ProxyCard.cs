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
    /// <summary>Internet voting address printed on the card.</summary>
    public required string InternetVotingUrl { get; init; }
    /// <summary>Telephone voting number printed on the card.</summary>
    public required string TelephoneVotingNumber { get; init; }
    /// <summary>When internet and telephone voting is available, as printed on the card.</summary>
    public required string ElectronicVotingAvailability { get; init; }
    /// <summary>Where the annual report and statement can be viewed online.</summary>
    public string? AnnualReportUrl { get; init; }
    /// <summary>Whether the card asks if the holder plans to attend.</summary>
    public bool AskAboutAttendance { get; init; } = true;
}
