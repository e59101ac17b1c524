using System.Globalization;

namespace FilingForge.Cards;

/// <summary>
/// <c>--shard K/N</c>: the K-th of N disjoint, contiguous parts of the register, so that a job runner (a CI matrix,
/// Kubernetes indexed jobs) can split a large register across machines and the N manifests concatenate, in order,
/// into the unsharded manifest.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(1, 1);

    public static bool TryParse(string text, out ShardSpec shard)
    {
        shard = Whole;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n) return false;
        shard = new ShardSpec(k, n);
        return true;
    }

    /// <summary>The half-open range of valid-holder positions this shard renders, out of <paramref name="total"/>.</summary>
    public (long Start, long End) RangeOf(long total) =>
        (total * (Index - 1) / Count, total * Index / Count);

    public override string ToString() => $"{Index}/{Count}";
}
