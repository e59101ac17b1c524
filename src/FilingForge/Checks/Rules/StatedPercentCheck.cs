using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A stated percent of class (from an earlier draft) equals the computed one on the filing's basis (FF2103, warning).
/// The computed value is rounded half away from zero to as many decimals as the stated one has, so a stated 2.6
/// matches 2.58. The message names the basis, the numerator and the denominator.
/// </summary>
public sealed class StatedPercentCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var ownership = context.Filing.BeneficialOwnership;
        foreach (var owner in ownership.Owners)
            Compare(context, owner, nameof(BeneficialOwner.StatedPercent), context.NameOf(owner.Person), owner.StatedPercent, owner.Shares, owner.AcquirableWithin60Days);
        var group = ownership.Group;
        Compare(context, group, nameof(OwnershipGroup.StatedPercent), group.Label, group.StatedPercent, group.Shares, group.AcquirableWithin60Days);
    }

    private static void Compare(CheckContext context, ModelNode node, string property, string label, decimal? stated, long shares, long acquirable)
    {
        if (stated is not { } written) return;
        var basis = context.Filing.BeneficialOwnership.PercentBasis;
        var outstanding = context.Filing.Meeting.SharesOutstanding;
        var computed = Rounding.ToScaleOf(PercentOfClass.Exact(shares, acquirable, outstanding, basis), written);
        if (computed == written) return;
        context.Report(CheckDiagnostics.StatedPercentMismatch, node, property, label, written, PercentOfClass.Describe(basis),
            Rounding.ToPercent(computed), shares, PercentOfClass.Denominator(acquirable, outstanding, basis));
    }
}
