namespace FilingForge.Model;

/// <summary><c>auditor-fees.yaml</c>: Schedule 14A Item 9(e) fees for the last two fiscal years.</summary>
public sealed class AuditorFeesFile : ModelNode
{
    public required string Auditor { get; init; }
    public required List<FeeYear> Years { get; init; }
    public required List<Footnote> Footnotes { get; init; }
    public MarkdownText? PreApproval { get; init; }
}

public sealed class FeeYear : ModelNode
{
    public required int Year { get; init; }
    public decimal? AuditFees { get; init; }
    public decimal? AuditRelatedFees { get; init; }
    public decimal? TaxFees { get; init; }
    public decimal? AllOtherFees { get; init; }
    /// <summary>A total as printed; optional, because the compiler computes it. When given it must equal the sum.</summary>
    public decimal? Total { get; init; }
}
