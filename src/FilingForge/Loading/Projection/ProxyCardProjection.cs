using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>proxy-card.yaml</c> into <see cref="ProxyCardFile"/>.</summary>
internal static class ProxyCardProjection
{
    public static ProxyCardFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new ProxyCardFile
        {
            Proxies = read.List(nameof(ProxyCardFile.Proxies), ProjectedValue.Text),
            Nominees = read.OptionalList(nameof(ProxyCardFile.Nominees), ProjectedValue.Text),
            InternetVotingUrl = read.Text(nameof(ProxyCardFile.InternetVotingUrl)),
            TelephoneVotingNumber = read.Text(nameof(ProxyCardFile.TelephoneVotingNumber)),
            ElectronicVotingAvailability = read.Text(nameof(ProxyCardFile.ElectronicVotingAvailability)),
            AnnualReportUrl = read.OptionalText(nameof(ProxyCardFile.AnnualReportUrl)),
            AskAboutAttendance = read.Boolean(nameof(ProxyCardFile.AskAboutAttendance)),
        });
    }
}
