using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>option-grants.yaml</c> into <see cref="OptionGrantsFile"/>.</summary>
internal static class OptionGrantsProjection
{
    public static OptionGrantsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new OptionGrantsFile
        {
            FiscalYear = read.Int32(nameof(OptionGrantsFile.FiscalYear)),
            TotalOptionsGrantedToEmployees = read.Int64(nameof(OptionGrantsFile.TotalOptionsGrantedToEmployees)),
            AssumedAppreciationRates = read.List(nameof(OptionGrantsFile.AssumedAppreciationRates), ProjectedValue.Decimal),
            Introduction = read.Markdown(nameof(OptionGrantsFile.Introduction)),
            Recipients = read.Objects(nameof(OptionGrantsFile.Recipients), RecipientOf),
            Footnotes = read.Objects(nameof(OptionGrantsFile.Footnotes), FootnoteProjection.Of),
        });
    }

    private static GrantRecipient RecipientOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new GrantRecipient
        {
            Person = read.Text(nameof(GrantRecipient.Person)),
            Grants = read.Objects(nameof(GrantRecipient.Grants), GrantOf),
        });
    }

    private static OptionGrant GrantOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new OptionGrant
        {
            Shares = read.Int64(nameof(OptionGrant.Shares)),
            ExercisePrice = read.Decimal(nameof(OptionGrant.ExercisePrice)),
            MarketPrice = read.OptionalDecimal(nameof(OptionGrant.MarketPrice)),
            GrantDate = read.Date(nameof(OptionGrant.GrantDate)),
            ExpirationDate = read.Date(nameof(OptionGrant.ExpirationDate)),
            Notes = read.Map(nameof(OptionGrant.Notes), markers => ProjectedValue.List(markers, ProjectedValue.Text)),
        });
    }
}
