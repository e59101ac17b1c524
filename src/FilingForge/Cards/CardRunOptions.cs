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

    /// <summary>The manifest's file name: the seal of the run's commit, put in place after every card file.</summary>
    public string ManifestName => Stem + "-manifest.csv";

    public string ManifestPath => Path.Combine(OutputDirectory, ManifestName);

    /// <summary>How long to wait for another run that holds the output folder (null: <see cref="Compilation.FolderLock.DefaultWait"/>).</summary>
    public TimeSpan? LockWait { get; init; }
}
