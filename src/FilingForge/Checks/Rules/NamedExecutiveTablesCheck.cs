using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The named executive officers are the same people in the summary compensation, option grants and option exercises
/// tables (FF3110, warning): Item 402 requires each table for each named executive, a "-0-" row included.
/// </summary>
public sealed class NamedExecutiveTablesCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var f = context.Filing;
        var named = f.SummaryCompensation.Officers.Select(o => o.Person).ToHashSet(StringComparer.Ordinal);
        Compare(context, f.SummaryCompensation.Officers, o => o.Person, nameof(NamedExecutive.Person), "the summary compensation table",
            f.OptionGrants.Recipients.Select(r => r.Person), "the option grants table");
        Compare(context, f.SummaryCompensation.Officers, o => o.Person, nameof(NamedExecutive.Person), "the summary compensation table",
            f.OptionExercises.Holders.Select(h => h.Person), "the option exercises table");
        Compare(context, f.OptionGrants.Recipients, r => r.Person, nameof(GrantRecipient.Person), "the option grants table", named, "the summary compensation table");
        Compare(context, f.OptionExercises.Holders, h => h.Person, nameof(OptionHolding.Person), "the option exercises table", named, "the summary compensation table");
    }

    private static void Compare<T>(CheckContext context, IEnumerable<T> rows, Func<T, string> person, string property, string table,
        IEnumerable<string> other, string otherTable) where T : ModelNode
    {
        var present = other.ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !present.Contains(person(r))))
            context.Report(CheckDiagnostics.NamedExecutiveTablesDiffer, row, property, context.NameOf(person(row)), table, otherTable);
    }
}
