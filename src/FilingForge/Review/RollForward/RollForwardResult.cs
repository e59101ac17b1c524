namespace FilingForge.Review.RollForward;

/// <summary>What a roll-forward did: the files it wrote and, per file, how many values it marked to fill in.</summary>
public sealed record RollForwardResult(int FromYear, int ToYear, IReadOnlyList<string> Files, IReadOnlyDictionary<string, int> MarkedValues);
