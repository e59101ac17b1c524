using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A stated percent of class (from an earlier draft) equals the computed one on the filing's basis (FF2103, warning).
/// The computed value is rounded half away from zero to as many decimals as the stated one has, so a stated 2.6
/// matches 2.58. The message names the basis, the numerator and the denominator.
/// </summary>
public sealed class StatedPercentCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "beneficial-ownership.percent_basis", "meeting.shares_outstanding", "people.people.name",
        "beneficial-ownership.owners.person", "beneficial-ownership.owners.shares", "beneficial-ownership.owners.acquirable_within_60_days",
        "beneficial-ownership.owners.stated_percent", "beneficial-ownership.group.label", "beneficial-ownership.group.shares",
        "beneficial-ownership.group.acquirable_within_60_days", "beneficial-ownership.group.stated_percent",
        "beneficial-ownership.owners.exact_percent_of_class", "beneficial-ownership.group.exact_percent_of_class",
    ];

    public void Run(CheckContext context)
    {
        var ownership = context.Values.File("beneficial-ownership");
        var basis = PercentOfClass.BasisOf(ownership.Text("percent_basis"));
        var outstanding = context.Values.File("meeting").Number("shares_outstanding") ?? 0m;
        foreach (var owner in ownership.Objects("owners"))
            Compare(context, owner, context.NameOf(owner.Text("person") ?? ""), basis, outstanding);
        if (ownership.Object("group") is { } group) Compare(context, group, group.Text("label") ?? "", basis, outstanding);
    }

    private static void Compare(CheckContext context, ObjectValue holder, string label, PercentBasis basis, decimal outstanding)
    {
        if (holder.Number("stated_percent") is not { } written) return;
        var shares = holder.Number("shares") ?? 0m;
        var acquirable = holder.Number("acquirable_within_60_days") ?? 0m;
        // The profile's figure, the percent the table prints, rounded as the stated one is written.
        var computed = Rounding.ToScaleOf(holder.Number("exact_percent_of_class") ?? 0m, written);
        if (computed == written) return;
        context.Report(CheckDiagnostics.StatedPercentMismatch, holder, "stated_percent", label, written, PercentOfClass.Describe(basis),
            Rounding.ToPercent(computed), shares, PercentOfClass.Denominator(acquirable, outstanding, basis));
    }
}
