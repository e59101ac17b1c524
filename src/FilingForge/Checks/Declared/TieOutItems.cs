using FilingForge.Values;

namespace FilingForge.Checks.Declared;

/// <summary>
/// The items a tie-out checks: every object its <c>for_each</c> path reaches from the file's top level, each with the
/// items that enclose it (outermost first), because an expression or a message may step out to them with <c>^</c>.
/// </summary>
internal static class TieOutItems
{
    public static IEnumerable<IReadOnlyList<ObjectValue>> Of(ObjectValue file, IReadOnlyList<string> path) =>
        Walk([file], path, 0);

    private static IEnumerable<IReadOnlyList<ObjectValue>> Walk(IReadOnlyList<ObjectValue> chain, IReadOnlyList<string> path, int depth)
    {
        if (depth == path.Count)
        {
            yield return chain;
            yield break;
        }

        var items = chain[^1][path[depth]] switch
        {
            ListValue list => list.Items.OfType<ObjectValue>(),
            ObjectValue single => [single],
            _ => [],
        };
        foreach (var item in items)
        foreach (var reached in Walk([.. chain, item], path, depth + 1))
            yield return reached;
    }
}
