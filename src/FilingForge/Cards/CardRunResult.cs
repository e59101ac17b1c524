namespace FilingForge.Cards;

/// <summary>What a card run did, for the summary line (counts only: never a control number).</summary>
public sealed record CardRunResult(bool Succeeded, long Cards, long ValidHolders, int BadRows, int Files, int Collisions);
