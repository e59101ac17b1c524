using System.Runtime.CompilerServices;
using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Templating;

/// <summary>
/// Builds the value tree templates and table definitions read: every data file at the top level under its file's key
/// (<c>meeting</c>, <c>company</c>, …), the derived figures under <c>computed</c>. Members are named as in the data files
/// (snake_case), so a template says <c>meeting.record_date</c> just as <c>meeting.yaml</c> does. The tree is plain
/// dictionaries and lists, so any template engine can read it and a missing key is detectable.
/// A person id (a field the profile declares <c>person</c> or <c>list of person</c>) also gets its person:
/// <c>person_record</c>, <c>members_records</c>. Looking up is not computing, so this stays in the Template stage.
/// The data files come from the profile's value tree (<see cref="ComputedFiling.Values"/>) and the derived figures are written
/// out by <see cref="ComputedValues"/>: no reflection, so the tool can be compiled ahead of time.
/// </summary>
public static class TemplateContextBuilder
{
    /// <summary>Each root's data tree, so <see cref="With"/> finds an object's dictionary without converting again.</summary>
    private static readonly ConditionalWeakTable<Dictionary<string, object?>, TemplateDataTree> Trees = new();

    public static Dictionary<string, object?> Build(ComputedFiling computed)
    {
        var tree = TreeOf(computed);
        var root = new Dictionary<string, object?>(tree.Files, StringComparer.Ordinal)
        {
            ["computed"] = new ComputedValues(tree).Of(computed),
        };
        Trees.AddOrUpdate(root, tree);
        return root;
    }

    /// <summary>
    /// Adds <paramref name="value"/> under <paramref name="key"/> to a copy of the root: an object of the
    /// value tree (an ethics signer) as the tree's dictionary for it, a plain value as it is.
    /// </summary>
    public static Dictionary<string, object?> With(Dictionary<string, object?> root, string key, object? value, ComputedFiling computed)
    {
        var tree = Trees.TryGetValue(root, out var known) ? known : TreeOf(computed);
        var copy = new Dictionary<string, object?>(root, StringComparer.Ordinal)
        {
            [key] = value is ObjectValue node ? new ComputedValues(tree).Node(node) : value,
        };
        Trees.AddOrUpdate(copy, tree);
        return copy;
    }

    private static TemplateDataTree TreeOf(ComputedFiling computed) =>
        TemplateDataTree.Of(computed.Values);
}
