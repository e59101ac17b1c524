using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Item 403 coverage of the ownership table: every director, nominee and named executive officer has a line (FF4103);
/// a line that includes acquirable shares carries a footnote saying so (FF4112, warning); a holder of 5% or more who
/// is not a director or officer gives an address (FF4110, warning).
/// </summary>
public sealed class OwnershipTableCoverageCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "beneficial-ownership.owners.exact_percent_of_class", "beneficial-ownership.owners.person",
        "beneficial-ownership.owners.acquirable_within_60_days", "beneficial-ownership.owners.notes",
        "directors.directors.person", "directors.directors.nominee", "executive-officers.officers.person", "summary-compensation.officers.person",
        "people.people.id", "people.people.name", "people.people.address",
    ];

    public void Run(CheckContext context)
    {
        var ownership = context.Values.File("beneficial-ownership");
        var directors = context.Values.File("directors").Objects("directors");
        var named = context.Values.File("summary-compensation").Objects("officers");
        var owners = ownership.Objects("owners");
        var listed = owners.Select(PersonOf).ToHashSet(StringComparer.Ordinal);
        foreach (var d in directors.Where(d => !listed.Contains(PersonOf(d))))
            context.Report(CheckDiagnostics.MissingFromOwnershipTable, d, "person", d.Flag("nominee") ? "nominee" : "director", context.NameOf(PersonOf(d)));
        foreach (var o in named.Where(o => !listed.Contains(PersonOf(o))))
            context.Report(CheckDiagnostics.MissingFromOwnershipTable, o, "person", "named executive officer", context.NameOf(PersonOf(o)));

        var insiders = directors.Concat(context.Values.File("executive-officers").Objects("officers")).Concat(named)
            .Select(PersonOf).ToHashSet(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            var acquirable = owner.Number("acquirable_within_60_days") ?? 0m;
            if (acquirable > 0 && owner.Texts("notes").Count == 0)
                context.Report(CheckDiagnostics.AcquirableWithoutFootnote, owner, "acquirable_within_60_days", context.NameOf(PersonOf(owner)), acquirable);
            if (!insiders.Contains(PersonOf(owner))) FivePercent(context, owner);
        }
    }

    /// <summary>Item 403(a) gives the address of an outside holder of 5% or more; an unknown person is FF3101's to report, so it is skipped.</summary>
    private static void FivePercent(CheckContext context, ObjectValue owner)
    {
        if (!context.PersonValues.TryGetValue(PersonOf(owner), out var person) || person.Object("address") is not null) return;
        // The profile's figure, the percent the table prints (unrounded).
        var percent = owner.Number("exact_percent_of_class") ?? 0m;
        if (percent >= 5m)
            context.Report(CheckDiagnostics.FivePercentOwnerWithoutAddress, owner, "person", context.NameOf(PersonOf(owner)), Rounding.ToPercent(percent));
    }

    private static string PersonOf(ObjectValue entry) => entry.Text("person") ?? "";
}
