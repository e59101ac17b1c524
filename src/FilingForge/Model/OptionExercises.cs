namespace FilingForge.Model;

/// <summary><c>option-exercises.yaml</c>: exercises in the year and unexercised options at year end.</summary>
public sealed class OptionExercisesFile : ModelNode
{
    /// <summary>Closing price at fiscal year end, the base of the in-the-money values.</summary>
    public required decimal FiscalYearEndPrice { get; init; }
    public required MarkdownText Introduction { get; init; }
    public required List<OptionHolding> Holders { get; init; }
    /// <summary>Column keys: name, shares_acquired_on_exercise, value_realized, unexercised_options (group), exercisable, unexercisable, in_the_money_options (group), in_the_money_exercisable, in_the_money_unexercisable.</summary>
    public required List<Footnote> Footnotes { get; init; }
}

public sealed class OptionHolding : ModelNode
{
    /// <summary>Person id of a named executive officer.</summary>
    public required string Person { get; init; }
    public long? SharesAcquiredOnExercise { get; init; }
    public decimal? ValueRealized { get; init; }
    public long? Exercisable { get; init; }
    public long? Unexercisable { get; init; }
    public decimal? InTheMoneyExercisable { get; init; }
    public decimal? InTheMoneyUnexercisable { get; init; }
}
