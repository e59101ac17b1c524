namespace FilingForge.Model;

/// <summary><c>other-information.yaml</c>: Section 16(a) compliance and the closing sections.</summary>
public sealed class OtherInformationFile : ModelNode
{
    /// <summary>Section 16(a) beneficial ownership reporting compliance (Markdown).</summary>
    public required MarkdownText Section16aCompliance { get; init; }
    /// <summary>Where filings and the Form 10-K may be obtained (Markdown).</summary>
    public required MarkdownText AvailableInformation { get; init; }
}
