using FilingForge.Diagnostics;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>Every person named in a table, list or signature exists in people.yaml (FF3101), with a "did you mean".</summary>
public sealed class UnknownPersonCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var ids = context.People.Keys.ToArray();
        foreach (var reference in PersonReference.All(context.Filing))
        {
            if (context.People.ContainsKey(reference.Id)) continue;
            context.Diagnostics.Report(CheckDiagnostics.UnknownPerson, reference.Location,
                reference.Id, reference.Context, NameSuggestion.DidYouMean(reference.Id, ids));
        }
    }
}
