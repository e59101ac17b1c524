namespace FilingForge.Model;

/// <summary><c>ethics.yaml</c>: the code of ethics for senior financial officers and who certifies it.</summary>
public sealed class EthicsFile : ModelNode
{
    /// <summary>Title of the code.</summary>
    public required string Title { get; init; }
    /// <summary>To whom the code applies and what it promotes (Markdown).</summary>
    public required MarkdownText Preamble { get; init; }
    /// <summary>The numbered provisions, in order.</summary>
    public required List<EthicsProvision> Provisions { get; init; }
    public required EthicsCertification Certification { get; init; }
    /// <summary>Officers who sign the annual certification; one certification each.</summary>
    public required List<EthicsSigner> Signers { get; init; }
}

public sealed class EthicsProvision : ModelNode
{
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
}

public sealed class EthicsCertification : ModelNode
{
    /// <summary>The policies the signer certifies having received and understood.</summary>
    public required List<string> PoliciesCertified { get; init; }
    /// <summary>The office to which the signed certification is returned.</summary>
    public required string ReturnTo { get; init; }
    /// <summary>Deadline for returning it; blank on the form when absent.</summary>
    public DateOnly? ReturnBy { get; init; }
    /// <summary>The year certified.</summary>
    public required int Year { get; init; }
}

public sealed class EthicsSigner : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    /// <summary>Position printed under the signature.</summary>
    public required string Position { get; init; }
}
