namespace FilingForge.Cards;

/// <summary>A holder of record from the register: who receives one personalised proxy card.</summary>
public sealed record Holder(string Id, IReadOnlyList<string> RegisteredNames, IReadOnlyList<string> AddressLines, long Shares, int SourceLine);
