namespace FilingForge.Values;

/// <summary>
/// An executive's row of one year in a list of executives that each have a <c>person</c> and a list of <c>years</c>
/// (the 2022 form's Summary Compensation Table): the one lookup behind the figures that read that table
/// (<c>executive_average</c>, <c>executives_cover</c>) and the rules that compare another table with it, so the two
/// cannot disagree about whether a year is covered.
/// </summary>
internal static class ExecutiveRows
{
    public static ObjectValue? Find(IEnumerable<ObjectValue> executives, string person, decimal year) =>
        executives.FirstOrDefault(e => e.Text("person") == person)?.Objects("years").FirstOrDefault(y => y.Number("year") == year);
}
