using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>summary-compensation.yaml</c> into <see cref="SummaryCompensationFile"/>.</summary>
internal static class SummaryCompensationProjection
{
    public static SummaryCompensationFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new SummaryCompensationFile
        {
            Introduction = read.Markdown(nameof(SummaryCompensationFile.Introduction)),
            Officers = read.Objects(nameof(SummaryCompensationFile.Officers), ExecutiveOf),
            Footnotes = read.Objects(nameof(SummaryCompensationFile.Footnotes), FootnoteProjection.Of),
        });
    }

    private static NamedExecutive ExecutiveOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new NamedExecutive
        {
            Person = read.Text(nameof(NamedExecutive.Person)),
            Position = read.OptionalText(nameof(NamedExecutive.Position)),
            Notes = read.List(nameof(NamedExecutive.Notes), ProjectedValue.Text),
            Years = read.Objects(nameof(NamedExecutive.Years), YearOf),
        });
    }

    private static CompensationYear YearOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new CompensationYear
        {
            Year = read.Int32(nameof(CompensationYear.Year)),
            Salary = read.OptionalDecimal(nameof(CompensationYear.Salary)),
            Bonus = read.OptionalDecimal(nameof(CompensationYear.Bonus)),
            OtherAnnualCompensation = read.OptionalDecimal(nameof(CompensationYear.OtherAnnualCompensation)),
            RestrictedStockAwards = read.OptionalDecimal(nameof(CompensationYear.RestrictedStockAwards)),
            SecuritiesUnderlyingOptions = read.OptionalInt64(nameof(CompensationYear.SecuritiesUnderlyingOptions)),
            LtipPayouts = read.OptionalDecimal(nameof(CompensationYear.LtipPayouts)),
            AllOtherCompensation = read.OptionalDecimal(nameof(CompensationYear.AllOtherCompensation)),
            AllOtherComponents = read.Objects(nameof(CompensationYear.AllOtherComponents), ComponentOf),
            Notes = read.Map(nameof(CompensationYear.Notes), markers => ProjectedValue.List(markers, ProjectedValue.Text)),
        });
    }

    private static CompensationComponent ComponentOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new CompensationComponent
        {
            Description = read.Text(nameof(CompensationComponent.Description)),
            Amount = read.Decimal(nameof(CompensationComponent.Amount)),
        });
    }
}
