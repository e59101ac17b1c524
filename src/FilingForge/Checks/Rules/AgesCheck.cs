using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>Directors' and executive officers' ages are plausible: 18 to 100 (FF3301); a typo such as 5 or 495 is caught.</summary>
public sealed class AgesCheck : ICheck
{
    public const int Youngest = 18;
    public const int Oldest = 100;

    public void Run(CheckContext context)
    {
        foreach (var d in context.Filing.Directors.Directors) Check(context, d, nameof(Director.Age), d.Person, d.Age);
        foreach (var o in context.Filing.ExecutiveOfficers.Officers) Check(context, o, nameof(ExecutiveOfficer.Age), o.Person, o.Age);
    }

    private static void Check(CheckContext context, ModelNode node, string property, string person, int? age)
    {
        // An unknown age is allowed only for a director who is not standing again; NomineeDisclosureCheck covers nominees.
        if (age is < Youngest or > Oldest) context.Report(CheckDiagnostics.ImplausibleAge, node, property, context.NameOf(person), age);
    }
}
