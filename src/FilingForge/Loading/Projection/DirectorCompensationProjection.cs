using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>director-compensation.yaml</c> into <see cref="DirectorCompensationFile"/>.</summary>
internal static class DirectorCompensationProjection
{
    public static DirectorCompensationFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new DirectorCompensationFile
        {
            InitialGrantShares = read.Int64(nameof(DirectorCompensationFile.InitialGrantShares)),
            SubsequentGrantShares = read.OptionalInt64(nameof(DirectorCompensationFile.SubsequentGrantShares)),
            CashInLieuPerShare = read.OptionalDecimal(nameof(DirectorCompensationFile.CashInLieuPerShare)),
            AnnualGrantShares = read.Int64(nameof(DirectorCompensationFile.AnnualGrantShares)),
            AnnualRetainer = read.Decimal(nameof(DirectorCompensationFile.AnnualRetainer)),
            MaximumOptionsInLieuOfRetainer = read.Int64(nameof(DirectorCompensationFile.MaximumOptionsInLieuOfRetainer)),
            CommitteeMemberRetainer = read.Decimal(nameof(DirectorCompensationFile.CommitteeMemberRetainer)),
            CommitteeChairRetainer = read.Decimal(nameof(DirectorCompensationFile.CommitteeChairRetainer)),
            ChairmanRetainer = read.Decimal(nameof(DirectorCompensationFile.ChairmanRetainer)),
            RetainerEffectiveDate = read.Date(nameof(DirectorCompensationFile.RetainerEffectiveDate)),
            PlanAmendmentDate = read.Date(nameof(DirectorCompensationFile.PlanAmendmentDate)),
            PaymentsInFiscalYear = read.Objects(nameof(DirectorCompensationFile.PaymentsInFiscalYear), PaymentOf),
        });
    }

    private static DirectorPayment PaymentOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new DirectorPayment
        {
            Person = read.Text(nameof(DirectorPayment.Person)),
            Description = read.Markdown(nameof(DirectorPayment.Description)),
        });
    }
}
