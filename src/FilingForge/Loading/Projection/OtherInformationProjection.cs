using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>other-information.yaml</c> into <see cref="OtherInformationFile"/>.</summary>
internal static class OtherInformationProjection
{
    public static OtherInformationFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new OtherInformationFile
        {
            Section16aCompliance = read.Markdown(nameof(OtherInformationFile.Section16aCompliance)),
            AvailableInformation = read.Markdown(nameof(OtherInformationFile.AvailableInformation)),
        });
    }
}
