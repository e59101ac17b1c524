using FilingForge.Computation;
using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The matters are numbered 1 to n in file order (FF4108; the card must follow the statement's numbering, Rule
/// 14a-4(a)(3)); there is an election proposal exactly when directors are nominated, and at most one (FF4109); the
/// nominees do not outnumber the authorized board seats (FF4111).
/// </summary>
public sealed class ProposalsCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "proposals.proposals.number", "proposals.proposals.kind", "directors.directors.nominee", "directors.authorized_board_size",
    ];

    public void Run(CheckContext context)
    {
        var file = context.Values.File("proposals");
        var proposals = file.Objects("proposals");
        for (var i = 0; i < proposals.Count; i++)
            if (proposals[i].Number("number") is { } number && number != i + 1)
                context.Report(CheckDiagnostics.ProposalNumbering, proposals[i], "number", number, i + 1, proposals.Count);

        var nominees = NomineeLists.Nominees(context.Values);
        Elections(context, file, proposals.Where(p => p.Text("kind") == "election").ToArray(), nominees.Count);

        var directors = context.Values.File("directors");
        if (directors.Number("authorized_board_size") is { } seats && nominees.Count > seats)
            context.Report(CheckDiagnostics.MoreNomineesThanSeats, directors, "authorized_board_size", nominees.Count, seats);
    }

    /// <summary>FF4109: one election proposal when there are nominees, none when there are not.</summary>
    private static void Elections(CheckContext context, ObjectValue file, IReadOnlyList<ObjectValue> elections, int nominees)
    {
        if (elections.Count == 0 && nominees > 0)
            context.Report(CheckDiagnostics.ElectionWithoutNominees, file, "proposals",
                FormattableString.Invariant($"{nominees} directors are marked nominee but no proposal is of kind election"));
        foreach (var election in elections.Skip(1))
            context.Report(CheckDiagnostics.ElectionWithoutNominees, election, "kind",
                FormattableString.Invariant($"proposal {election.Number("number")} is a second election proposal; directors are elected under one proposal"));
        if (elections.Count > 0 && nominees == 0)
            context.Report(CheckDiagnostics.ElectionWithoutNominees, elections[0], "kind",
                FormattableString.Invariant($"proposal {elections[0].Number("number")} elects directors but no director in directors.yaml is marked nominee: true"));
    }
}
