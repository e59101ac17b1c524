using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Item 403 coverage of the ownership table: every director, nominee and named executive officer has a line (FF4103);
/// a line that includes acquirable shares carries a footnote saying so (FF4112, warning); a holder of 5% or more who
/// is not a director or officer gives an address (FF4110, warning).
/// </summary>
public sealed class OwnershipTableCoverageCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var f = context.Filing;
        var owners = f.BeneficialOwnership.Owners.Select(o => o.Person).ToHashSet(StringComparer.Ordinal);
        foreach (var d in f.Directors.Directors.Where(d => !owners.Contains(d.Person)))
            context.Report(CheckDiagnostics.MissingFromOwnershipTable, d, nameof(Director.Person), d.Nominee ? "nominee" : "director", context.NameOf(d.Person));
        foreach (var o in f.SummaryCompensation.Officers.Where(o => !owners.Contains(o.Person)))
            context.Report(CheckDiagnostics.MissingFromOwnershipTable, o, nameof(NamedExecutive.Person), "named executive officer", context.NameOf(o.Person));

        var insiders = f.Directors.Directors.Select(d => d.Person)
            .Concat(f.ExecutiveOfficers.Officers.Select(o => o.Person))
            .Concat(f.SummaryCompensation.Officers.Select(o => o.Person))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var owner in f.BeneficialOwnership.Owners)
        {
            if (owner.AcquirableWithin60Days > 0 && owner.Notes.Count == 0)
                context.Report(CheckDiagnostics.AcquirableWithoutFootnote, owner, nameof(BeneficialOwner.AcquirableWithin60Days), context.NameOf(owner.Person), owner.AcquirableWithin60Days);
            FivePercent(context, owner, insiders);
        }
    }

    private static void FivePercent(CheckContext context, BeneficialOwner owner, HashSet<string> insiders)
    {
        if (insiders.Contains(owner.Person) || !context.People.TryGetValue(owner.Person, out var person) || person.Address is not null) return;
        var f = context.Filing;
        var percent = PercentOfClass.Exact(owner.Shares, owner.AcquirableWithin60Days, f.Meeting.SharesOutstanding, f.BeneficialOwnership.PercentBasis);
        if (percent >= 5m)
            context.Report(CheckDiagnostics.FivePercentOwnerWithoutAddress, owner, nameof(BeneficialOwner.Person), person.Name, Rounding.ToPercent(percent));
    }
}
