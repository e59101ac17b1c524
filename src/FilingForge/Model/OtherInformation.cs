namespace FilingForge.Model;

/// <summary><c>other-information.yaml</c>: Section 16(a) compliance and the closing sections.</summary>
public sealed class OtherInformationFile : ModelNode
{
    public required MarkdownText Section16aCompliance { get; init; }
    public required MarkdownText AvailableInformation { get; init; }
}
