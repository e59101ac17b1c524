namespace FilingForge.Model;

/// <summary><c>auditor-fees.yaml</c>: Schedule 14A Item 9(e) fees for the last two fiscal years.</summary>
public sealed class AuditorFeesFile : ModelNode
{
    /// <summary>The independent auditor, such as "Deloitte &amp; Touche LLP".</summary>
    public required string Auditor { get; init; }
    /// <summary>Most recent year first.</summary>
    public required List<FeeYear> Years { get; init; }
    /// <summary>Column keys: category, year, audit_fees, audit_related_fees, tax_fees, all_other_fees, total.</summary>
    public required List<Footnote> Footnotes { get; init; }
    /// <summary>The audit committee's statement on pre-approval and on non-audit services.</summary>
    public MarkdownText? PreApproval { get; init; }
}

public sealed class FeeYear : ModelNode
{
    public required int Year { get; init; }
    /// <summary>Whole dollars; absent prints as a dash.</summary>
    public decimal? AuditFees { get; init; }
    public decimal? AuditRelatedFees { get; init; }
    public decimal? TaxFees { get; init; }
    public decimal? AllOtherFees { get; init; }
    /// <summary>A total as printed; optional, because the compiler computes it. When given it must equal the sum.</summary>
    public decimal? Total { get; init; }
}
