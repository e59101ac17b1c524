using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// The list numbering the body uses: one bullet definition shared by all bullet lists, and one numbering instance per
/// ordered list so that each starts at its own number; an ordered list's <see cref="ListNumberStyle"/> picks its
/// definition ("1.", "(1)", "(a)"). <see cref="Parts.NumberingBuilder"/> writes them out.
/// </summary>
internal sealed class NumberingRegistry
{
    public const int BulletAbstractId = 0;
    public const int DecimalAbstractId = 1;
    public const int ParenthesizedDecimalAbstractId = 2;
    public const int ParenthesizedLowerAlphaAbstractId = 3;

    private readonly List<NumberingInstance> _instances = [];
    private int? _bulletNumId;

    public IReadOnlyList<NumberingInstance> Instances => _instances;

    public int Bullets() => _bulletNumId ??= Add(BulletAbstractId, 0, 1);

    public int Ordered(int level, int start, ListNumberStyle style = ListNumberStyle.Decimal) => Add(AbstractId(style), level, start);

    /// <summary>The numbering definitions the body used, so the numbering part defines no style nobody uses.</summary>
    public IEnumerable<int> UsedAbstractIds => _instances.Select(i => i.AbstractNumId).Distinct().Order();

    public static int AbstractId(ListNumberStyle style) => style switch
    {
        ListNumberStyle.ParenthesizedDecimal => ParenthesizedDecimalAbstractId,
        ListNumberStyle.ParenthesizedLowerAlpha => ParenthesizedLowerAlphaAbstractId,
        _ => DecimalAbstractId,
    };

    private int Add(int abstractId, int level, int start)
    {
        var numId = _instances.Count + 1;
        _instances.Add(new NumberingInstance(numId, abstractId, level, start));
        return numId;
    }
}

/// <param name="RestartLevel">The list level whose counter this instance starts at <paramref name="Start"/>.</param>
internal sealed record NumberingInstance(int NumId, int AbstractNumId, int RestartLevel, int Start);
