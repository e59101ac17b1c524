namespace FilingForge.Profiles;

/// <summary>
/// What <c>filingforge roll-forward</c> does to one data file of a form (<c>roll-forward.yaml</c>, docs/profiles.md):
/// the years and dates it moves forward, the values someone must enter again (marked <c>!fill-in</c>; a date is also
/// moved), and the list of fiscal years it keeps to the most recent ones, adding the new year. A file the declaration
/// does not name is copied as it is.
/// </summary>
public sealed record RollForwardDeclaration(
    string File,
    IReadOnlyList<RollForwardPath> ShiftYears,
    IReadOnlyList<RollForwardPath> ShiftDates,
    IReadOnlyList<RollForwardPath> ReEnter,
    KeptYears? KeepYears);

/// <summary>A path of fields from the file's top (through lists: every item), and what the last field holds.</summary>
public sealed record RollForwardPath(IReadOnlyList<string> Fields, RolledValue Kind);

/// <summary>What a rolled path ends at: a date (moved, then marked), another single value, or a list or object (marked whole).</summary>
public enum RolledValue
{
    Date,
    Value,
    Collection,
}

/// <summary>A list of fiscal years (items with a <c>year</c>) of which the <see cref="Count"/> most recent are kept.</summary>
public sealed record KeptYears(IReadOnlyList<string> List, int Count);
