namespace FilingForge.Cards;

/// <summary>
/// What <c>filingforge cards</c> produces: from <see cref="RegisterPath"/> into <see cref="OutputDirectory"/>, the
/// shard's cards in one PDF, in volumes of <see cref="VolumeSize"/> cards (0: one file), or one PDF per holder.
/// </summary>
public sealed record CardRunOptions(string RegisterPath, string OutputDirectory)
{
    public int VolumeSize { get; init; }
    public bool PerHolder { get; init; }
    public ShardSpec Shard { get; init; } = ShardSpec.Whole;
    public bool FailOnBadRow { get; init; }

    /// <summary>File name stem of this run's outputs: <c>cards</c>, or <c>cards-2-of-4</c> for a shard.</summary>
    public string Stem => Shard.Count == 1 ? "cards" : $"cards-{Shard.Index}-of-{Shard.Count}";

    public string ManifestPath => Path.Combine(OutputDirectory, Stem + "-manifest.csv");
}
