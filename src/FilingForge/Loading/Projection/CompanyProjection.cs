using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>company.yaml</c> into <see cref="CompanyFile"/>.</summary>
internal static class CompanyProjection
{
    public static CompanyFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new CompanyFile
        {
            Name = read.Text(nameof(CompanyFile.Name)),
            ShortName = read.Text(nameof(CompanyFile.ShortName)),
            Address = read.Object(nameof(CompanyFile.Address), PostalAddressProjection.Of),
            Telephone = read.Text(nameof(CompanyFile.Telephone)),
            StateOfIncorporation = read.Text(nameof(CompanyFile.StateOfIncorporation)),
            Exchange = read.Text(nameof(CompanyFile.Exchange)),
            ParValue = read.Decimal(nameof(CompanyFile.ParValue)),
            CommonSharesAuthorized = read.Int64(nameof(CompanyFile.CommonSharesAuthorized)),
            PreferredSharesAuthorized = read.OptionalInt64(nameof(CompanyFile.PreferredSharesAuthorized)),
            TransferAgent = read.OptionalText(nameof(CompanyFile.TransferAgent)),
            Website = read.OptionalText(nameof(CompanyFile.Website)),
            Auditor = read.Text(nameof(CompanyFile.Auditor)),
            EquityPlans = read.List(nameof(CompanyFile.EquityPlans), ProjectedValue.Text),
        });
    }
}
