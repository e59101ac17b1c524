using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>reports.yaml</c> into <see cref="ReportsFile"/>.</summary>
internal static class ReportsProjection
{
    public static ReportsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new ReportsFile
        {
            AuditCommittee = read.Object(nameof(ReportsFile.AuditCommittee), ReportOf),
            CompensationCommittee = read.Object(nameof(ReportsFile.CompensationCommittee), ReportOf),
            NotSolicitingMaterialLegend = read.Markdown(nameof(ReportsFile.NotSolicitingMaterialLegend)),
        });
    }

    private static CommitteeReport ReportOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new CommitteeReport
        {
            Committee = read.Text(nameof(CommitteeReport.Committee)),
            Text = read.Markdown(nameof(CommitteeReport.Text)),
        });
    }
}
