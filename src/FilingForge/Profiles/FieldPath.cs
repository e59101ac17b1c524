namespace FilingForge.Profiles;

/// <summary>
/// A field path as expressions write it (<c>year</c>, <c>all_other_components.amount</c>, <c>^person</c>,
/// <c>meeting:shares_outstanding</c>): how many items it steps out of, one per <c>^</c>, or the data file it starts
/// at (<c>file:</c>, for a fact stated once for the whole filing), then the fields to follow from there. Read the same
/// way when the profile is checked and when the data is.
/// </summary>
public readonly record struct FieldPath(int StepsOut, string[] Fields, string? File = null)
{
    public static FieldPath Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon > 0) return new FieldPath(0, text[(colon + 1)..].Split('.'), text[..colon]);
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
