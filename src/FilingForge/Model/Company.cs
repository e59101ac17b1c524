namespace FilingForge.Model;

/// <summary><c>company.yaml</c>: the registrant.</summary>
public sealed class CompanyFile : ModelNode
{
    /// <summary>The registrant's name as specified in its charter.</summary>
    public required string Name { get; init; }
    /// <summary>How the prose refers to the company, such as "Capstone".</summary>
    public required string ShortName { get; init; }
    public required PostalAddress Address { get; init; }
    public required string Telephone { get; init; }
    public required string StateOfIncorporation { get; init; }
    public required string Exchange { get; init; }
    /// <summary>Par value per share of common stock, in dollars.</summary>
    public required decimal ParValue { get; init; }
    public required long CommonSharesAuthorized { get; init; }
    public long? PreferredSharesAuthorized { get; init; }
    public string? TransferAgent { get; init; }
    public string? Website { get; init; }
    /// <summary>The independent auditor.</summary>
    public required string Auditor { get; init; }
    /// <summary>Names of the equity compensation plans.</summary>
    public required List<string> EquityPlans { get; init; }
}

public sealed class PostalAddress : ModelNode
{
    public required string Street { get; init; }
    public required string City { get; init; }
    public required string State { get; init; }
    public required string PostalCode { get; init; }
}
