namespace FilingForge.Checks;

/// <summary>One concern a reviewing lawyer checks. A check reports through the context and never throws on loaded data.</summary>
public interface ICheck
{
    /// <summary>
    /// The fields the rule reads, as data paths from the top (<c>beneficial-ownership.owners.shares</c>, through lists):
    /// a profile that names the rule must declare each, or the rule would silently read nothing (FF1520).
    /// </summary>
    IReadOnlyList<string> Reads { get; }

    void Run(CheckContext context);
}
