using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>Directors' and executive officers' ages are plausible: 18 to 100 (FF3301); a typo such as 5 or 495 is caught.</summary>
public sealed class AgesCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "directors.directors.person", "directors.directors.age", "executive-officers.officers.person", "executive-officers.officers.age",
        "people.people.name",
    ];

    public const int Youngest = 18;
    public const int Oldest = 100;

    public void Run(CheckContext context)
    {
        foreach (var d in context.Values.File("directors").Objects("directors")) Check(context, d);
        foreach (var o in context.Values.File("executive-officers").Objects("officers")) Check(context, o);
    }

    private static void Check(CheckContext context, ObjectValue holder)
    {
        // An unknown age is allowed only for a director who is not standing again; NomineeDisclosureCheck covers nominees.
        var age = holder.Number("age");
        if (age is < Youngest or > Oldest)
            context.Report(CheckDiagnostics.ImplausibleAge, holder, "age", context.NameOf(holder.Text("person") ?? ""), age);
    }
}
