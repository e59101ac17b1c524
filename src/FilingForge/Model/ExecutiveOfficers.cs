namespace FilingForge.Model;

/// <summary><c>executive-officers.yaml</c>: the current executive officers.</summary>
public sealed class ExecutiveOfficersFile : ModelNode
{
    public required List<ExecutiveOfficer> Officers { get; init; }
}

public sealed class ExecutiveOfficer : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    /// <summary>Age as of the information date.</summary>
    public required int Age { get; init; }
    public required string Position { get; init; }
    public required MarkdownText Biography { get; init; }
}
