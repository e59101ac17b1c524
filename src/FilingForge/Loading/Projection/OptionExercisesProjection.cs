using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>option-exercises.yaml</c> into <see cref="OptionExercisesFile"/>.</summary>
internal static class OptionExercisesProjection
{
    public static OptionExercisesFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new OptionExercisesFile
        {
            FiscalYearEndPrice = read.Decimal(nameof(OptionExercisesFile.FiscalYearEndPrice)),
            Introduction = read.Markdown(nameof(OptionExercisesFile.Introduction)),
            Holders = read.Objects(nameof(OptionExercisesFile.Holders), HoldingOf),
            Footnotes = read.Objects(nameof(OptionExercisesFile.Footnotes), FootnoteProjection.Of),
        });
    }

    private static OptionHolding HoldingOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new OptionHolding
        {
            Person = read.Text(nameof(OptionHolding.Person)),
            SharesAcquiredOnExercise = read.OptionalInt64(nameof(OptionHolding.SharesAcquiredOnExercise)),
            ValueRealized = read.OptionalDecimal(nameof(OptionHolding.ValueRealized)),
            Exercisable = read.OptionalInt64(nameof(OptionHolding.Exercisable)),
            Unexercisable = read.OptionalInt64(nameof(OptionHolding.Unexercisable)),
            InTheMoneyExercisable = read.OptionalDecimal(nameof(OptionHolding.InTheMoneyExercisable)),
            InTheMoneyUnexercisable = read.OptionalDecimal(nameof(OptionHolding.InTheMoneyUnexercisable)),
        });
    }
}
