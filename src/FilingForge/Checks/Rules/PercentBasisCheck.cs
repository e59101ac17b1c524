using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The percent of class follows Rule 13d-3(d)(1) (FF4113, warning): <c>percent_basis: outstanding_only</c> is allowed,
/// to reproduce an older filing, but the message lists every printed percentage the rule would change
/// (the seed's Almgren line: 2.58% on shares outstanding alone, 2.51% under the rule).
/// </summary>
public sealed class PercentBasisCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var ownership = context.Filing.BeneficialOwnership;
        if (ownership.PercentBasis == PercentBasis.Rule13d3) return;

        var outstanding = context.Filing.Meeting.SharesOutstanding;
        var lines = ownership.Owners.Select(o => (Label: context.NameOf(o.Person), o.Shares, o.AcquirableWithin60Days))
            .Append((Label: ownership.Group.Label, ownership.Group.Shares, ownership.Group.AcquirableWithin60Days));
        var changes = new List<string>();
        foreach (var (label, shares, acquirable) in lines)
        {
            var printed = PercentOfClass.Exact(shares, acquirable, outstanding, ownership.PercentBasis);
            var rule = PercentOfClass.Exact(shares, acquirable, outstanding, PercentBasis.Rule13d3);
            if (PercentOfClass.IsLessThanOnePercent(printed) && PercentOfClass.IsLessThanOnePercent(rule)) continue;
            if (Rounding.ToPercent(printed) != Rounding.ToPercent(rule))
                changes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} {Rounding.ToPercent(printed)}% would be {Rounding.ToPercent(rule)}%"));
        }

        context.Report(CheckDiagnostics.PercentBasisNotRule13d3, ownership, nameof(BeneficialOwnershipFile.PercentBasis),
            changes.Count == 0 ? "no printed percentage changes" : string.Join("; ", changes));
    }
}
