namespace FilingForge.Model;

/// <summary><c>option-exercises.yaml</c>: exercises in the year and unexercised options at year end.</summary>
public sealed class OptionExercisesFile : ModelNode
{
    public required decimal FiscalYearEndPrice { get; init; }
    public required MarkdownText Introduction { get; init; }
    public required List<OptionHolding> Holders { get; init; }
    public required List<Footnote> Footnotes { get; init; }
}

public sealed class OptionHolding : ModelNode
{
    public required string Person { get; init; }
    public long? SharesAcquiredOnExercise { get; init; }
    public decimal? ValueRealized { get; init; }
    public long? Exercisable { get; init; }
    public long? Unexercisable { get; init; }
    public decimal? InTheMoneyExercisable { get; init; }
    public decimal? InTheMoneyUnexercisable { get; init; }
}
