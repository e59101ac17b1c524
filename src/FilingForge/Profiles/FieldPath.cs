namespace FilingForge.Profiles;

/// <summary>
/// A field path as tie-outs write it (<c>year</c>, <c>all_other_components.amount</c>, <c>^person</c>): how many items
/// it steps out of, one per <c>^</c>, then the fields to follow from there. Read the same way when the profile is
/// checked and when the data is.
/// </summary>
public readonly record struct FieldPath(int StepsOut, string[] Fields)
{
    public static FieldPath Parse(string text)
    {
        var stepsOut = 0;
        var rest = text;
        while (rest.StartsWith('^'))
        {
            stepsOut++;
            rest = rest[1..].TrimStart('.');
        }

        return new FieldPath(stepsOut, rest.Split('.'));
    }

    /// <summary>The position in a chain of items (outermost first, the item itself last) the path starts from; -1 if outside it.</summary>
    public int StartIn(int chainLength) => chainLength - 1 - StepsOut;
}
