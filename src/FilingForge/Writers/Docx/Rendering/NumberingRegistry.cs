namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// The list numbering the body uses: one bullet definition shared by all bullet lists, and one numbering instance per
/// ordered list so that each starts at its own number. <see cref="Parts.NumberingBuilder"/> writes them out.
/// </summary>
internal sealed class NumberingRegistry
{
    public const int BulletAbstractId = 0;
    public const int DecimalAbstractId = 1;

    private readonly List<NumberingInstance> _instances = [];
    private int? _bulletNumId;

    public IReadOnlyList<NumberingInstance> Instances => _instances;

    public int Bullets() => _bulletNumId ??= Add(BulletAbstractId, 0, 1);

    public int Ordered(int level, int start) => Add(DecimalAbstractId, level, start);

    private int Add(int abstractId, int level, int start)
    {
        var numId = _instances.Count + 1;
        _instances.Add(new NumberingInstance(numId, abstractId, level, start));
        return numId;
    }
}

/// <param name="RestartLevel">The list level whose counter this instance starts at <paramref name="Start"/>.</param>
internal sealed record NumberingInstance(int NumId, int AbstractNumId, int RestartLevel, int Start);
