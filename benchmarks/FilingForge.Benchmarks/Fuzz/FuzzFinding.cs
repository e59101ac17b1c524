namespace FilingForge.Fuzz;

/// <summary>What a fuzz run found wrong with one mutation.</summary>
public enum FuzzFindingKind
{
    /// <summary>An exception left check or build: the user would see a stack trace.</summary>
    Crash,
    /// <summary>Check or build ran past the time limit.</summary>
    Hang,
    /// <summary>Check passed and build failed: an error check should have found at the data file's line.</summary>
    Disagreement,
}

/// <summary>One finding: the mutation that caused it (enough to reproduce it) and what happened.</summary>
public sealed record FuzzFinding(FuzzFindingKind Kind, int Index, string Sample, string File, string Mutation, string Detail);
