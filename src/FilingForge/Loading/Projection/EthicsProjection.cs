using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>ethics.yaml</c> into <see cref="EthicsFile"/>.</summary>
internal static class EthicsProjection
{
    public static EthicsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new EthicsFile
        {
            Title = read.Text(nameof(EthicsFile.Title)),
            Preamble = read.Markdown(nameof(EthicsFile.Preamble)),
            Provisions = read.Objects(nameof(EthicsFile.Provisions), ProvisionOf),
            Certification = read.Object(nameof(EthicsFile.Certification), CertificationOf),
            Signers = read.Objects(nameof(EthicsFile.Signers), SignerOf),
        });
    }

    private static EthicsProvision ProvisionOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new EthicsProvision
        {
            Title = read.Text(nameof(EthicsProvision.Title)),
            Text = read.Markdown(nameof(EthicsProvision.Text)),
        });
    }

    private static EthicsCertification CertificationOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new EthicsCertification
        {
            PoliciesCertified = read.List(nameof(EthicsCertification.PoliciesCertified), ProjectedValue.Text),
            ReturnTo = read.Text(nameof(EthicsCertification.ReturnTo)),
            ReturnBy = read.OptionalDate(nameof(EthicsCertification.ReturnBy)),
            Year = read.Int32(nameof(EthicsCertification.Year)),
        });
    }

    private static EthicsSigner SignerOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new EthicsSigner
        {
            Person = read.Text(nameof(EthicsSigner.Person)),
            Position = read.Text(nameof(EthicsSigner.Position)),
        });
    }
}
