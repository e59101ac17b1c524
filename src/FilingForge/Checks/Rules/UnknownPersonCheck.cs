using FilingForge.Diagnostics;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Every person named in a table, list or signature (every field the profile declares as <c>person</c> or
/// <c>list of person</c>) exists in people.yaml (FF3101), with a "did you mean".
/// </summary>
public sealed class UnknownPersonCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["people.people.id"];

    public void Run(CheckContext context)
    {
        var ids = context.PersonValues.Keys.ToArray();
        foreach (var reference in PersonReference.All(context.Values))
        {
            if (context.PersonValues.ContainsKey(reference.Id)) continue;
            context.Report(CheckDiagnostics.UnknownPerson, reference.Location,
                reference.Id, reference.Context, NameSuggestion.DidYouMean(reference.Id, ids));
        }
    }
}
