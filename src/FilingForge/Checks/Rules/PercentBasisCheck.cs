using System.Globalization;
using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The percent of class follows Rule 13d-3(d)(1) (FF4113, warning): <c>percent_basis: outstanding_only</c> is allowed,
/// to reproduce an older filing, but the message lists every printed percentage the rule would change
/// (the seed's Almgren line: 2.58% on shares outstanding alone, 2.51% under the rule).
/// </summary>
public sealed class PercentBasisCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "beneficial-ownership.percent_basis", "meeting.shares_outstanding", "people.people.name", "beneficial-ownership.owners.person",
        "beneficial-ownership.owners.shares", "beneficial-ownership.owners.acquirable_within_60_days", "beneficial-ownership.group.label",
        "beneficial-ownership.group.shares", "beneficial-ownership.group.acquirable_within_60_days",
    ];

    public void Run(CheckContext context)
    {
        var ownership = context.Values.File("beneficial-ownership");
        var basis = PercentOfClass.BasisOf(ownership.Text("percent_basis"));
        if (basis == PercentBasis.Rule13d3) return;

        var outstanding = context.Values.File("meeting").Number("shares_outstanding") ?? 0m;
        var lines = ownership.Objects("owners").Select(o => (Label: context.NameOf(o.Text("person") ?? ""), Holder: o));
        if (ownership.Object("group") is { } group) lines = lines.Append((Label: group.Text("label") ?? "", Holder: group));
        var changes = lines.Select(line => Change(line.Label, line.Holder, basis, outstanding)).OfType<string>().ToArray();

        context.Report(CheckDiagnostics.PercentBasisNotRule13d3, ownership, "percent_basis",
            changes.Length == 0 ? "no printed percentage changes" : string.Join("; ", changes));
    }

    /// <summary>"Ake Almgren 2.58% would be 2.51%", or null when the line prints the same on both bases ("*" on both counts as the same).</summary>
    private static string? Change(string label, ObjectValue holder, PercentBasis basis, decimal outstanding)
    {
        var shares = holder.Number("shares") ?? 0m;
        var acquirable = holder.Number("acquirable_within_60_days") ?? 0m;
        var printed = PercentOfClass.Exact(shares, acquirable, outstanding, basis);
        var rule = PercentOfClass.Exact(shares, acquirable, outstanding, PercentBasis.Rule13d3);
        if (PercentOfClass.IsLessThanOnePercent(printed) && PercentOfClass.IsLessThanOnePercent(rule)) return null;
        if (Rounding.ToPercent(printed) == Rounding.ToPercent(rule)) return null;
        return string.Create(CultureInfo.InvariantCulture, $"{label} {Rounding.ToPercent(printed)}% would be {Rounding.ToPercent(rule)}%");
    }
}
