using FilingForge.Loading;

namespace FilingForge.Review.RollForward;

/// <summary>Lookups in the loader's node tree by key, for the roll-forward's edits.</summary>
internal static class DataPath
{
    public static DataEntry? Entry(DataNode? node, string key) =>
        node is DataMapping m ? m.Entries.FirstOrDefault(e => e.Key.Value == key) : null;

    public static DataNode? Get(DataNode? node, string key) => Entry(node, key)?.Value;

    public static DataScalar? Scalar(DataNode? node, string key) => Get(node, key) as DataScalar;

    public static IReadOnlyList<DataNode> Items(DataNode? node, string key) => Get(node, key) is DataSequence s ? s.Items : [];
}
