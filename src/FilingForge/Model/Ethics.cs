namespace FilingForge.Model;

/// <summary><c>ethics.yaml</c>: the code of ethics for senior financial officers and who certifies it.</summary>
public sealed class EthicsFile : ModelNode
{
    public required string Title { get; init; }
    public required MarkdownText Preamble { get; init; }
    public required List<EthicsProvision> Provisions { get; init; }
    public required EthicsCertification Certification { get; init; }
    public required List<EthicsSigner> Signers { get; init; }
}

public sealed class EthicsProvision : ModelNode
{
    public required string Title { get; init; }
    public required MarkdownText Text { get; init; }
}

public sealed class EthicsCertification : ModelNode
{
    public required List<string> PoliciesCertified { get; init; }
    public required string ReturnTo { get; init; }
    public DateOnly? ReturnBy { get; init; }
    public required int Year { get; init; }
}

public sealed class EthicsSigner : ModelNode
{
    public required string Person { get; init; }
    public required string Position { get; init; }
}
