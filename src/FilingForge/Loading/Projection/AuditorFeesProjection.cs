using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>auditor-fees.yaml</c> into <see cref="AuditorFeesFile"/>.</summary>
internal static class AuditorFeesProjection
{
    public static AuditorFeesFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new AuditorFeesFile
        {
            Auditor = read.Text(nameof(AuditorFeesFile.Auditor)),
            Years = read.Objects(nameof(AuditorFeesFile.Years), FeeYearOf),
            Footnotes = read.Objects(nameof(AuditorFeesFile.Footnotes), FootnoteProjection.Of),
            PreApproval = read.OptionalMarkdown(nameof(AuditorFeesFile.PreApproval)),
        });
    }

    private static FeeYear FeeYearOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new FeeYear
        {
            Year = read.Int32(nameof(FeeYear.Year)),
            AuditFees = read.OptionalDecimal(nameof(FeeYear.AuditFees)),
            AuditRelatedFees = read.OptionalDecimal(nameof(FeeYear.AuditRelatedFees)),
            TaxFees = read.OptionalDecimal(nameof(FeeYear.TaxFees)),
            AllOtherFees = read.OptionalDecimal(nameof(FeeYear.AllOtherFees)),
            Total = read.OptionalDecimal(nameof(FeeYear.Total)),
        });
    }
}
