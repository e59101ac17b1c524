using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The board has at most one chairman, and <c>chairman_since</c> is given only for the director marked
/// <c>chairman: true</c> (FF3113): the nominee table footnotes "Chairman of the Board" from that flag.
/// </summary>
public sealed class BoardLeadershipCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "directors.directors.person", "directors.directors.chairman", "directors.directors.chairman_since", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var directors = context.Values.File("directors").Objects("directors");
        foreach (var extra in directors.Where(d => d.Flag("chairman")).Skip(1))
            context.Report(CheckDiagnostics.BoardLeadership, extra, "chairman",
                $"{NameOf(context, extra)} is the second director marked chairman: true; the board has one chairman");
        foreach (var d in directors.Where(d => !d.Flag("chairman") && d.Date("chairman_since") is not null))
            context.Report(CheckDiagnostics.BoardLeadership, d, "chairman_since",
                $"{NameOf(context, d)} has chairman_since but is not marked chairman: true");
    }

    private static string NameOf(CheckContext context, ObjectValue director) => context.NameOf(director.Text("person") ?? "");
}
