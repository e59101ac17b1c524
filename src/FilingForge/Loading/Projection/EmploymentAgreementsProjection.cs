using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>employment-agreements.yaml</c> into <see cref="EmploymentAgreementsFile"/>.</summary>
internal static class EmploymentAgreementsProjection
{
    public static EmploymentAgreementsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new EmploymentAgreementsFile
        {
            Agreements = read.Objects(nameof(EmploymentAgreementsFile.Agreements), AgreementOf),
        });
    }

    private static EmploymentAgreement AgreementOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new EmploymentAgreement
        {
            Title = read.Text(nameof(EmploymentAgreement.Title)),
            People = read.List(nameof(EmploymentAgreement.People), ProjectedValue.Text),
            Text = read.Markdown(nameof(EmploymentAgreement.Text)),
        });
    }
}
