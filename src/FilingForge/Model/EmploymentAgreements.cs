namespace FilingForge.Model;

/// <summary><c>employment-agreements.yaml</c>: employment, termination and change-of-control arrangements.</summary>
public sealed class EmploymentAgreementsFile : ModelNode
{
    public required List<EmploymentAgreement> Agreements { get; init; }
}

public sealed class EmploymentAgreement : ModelNode
{
    /// <summary>A short heading for the arrangement.</summary>
    public required string Title { get; init; }
    /// <summary>The people the arrangement covers.</summary>
    public List<string> People { get; init; } = [];
    public required MarkdownText Text { get; init; }
}
