using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The matters are numbered 1 to n in file order (FF4108; the card must follow the statement's numbering, Rule
/// 14a-4(a)(3)); there is an election proposal exactly when directors are nominated, and at most one (FF4109); the
/// nominees do not outnumber the authorized board seats (FF4111).
/// </summary>
public sealed class ProposalsCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var proposals = context.Filing.Proposals;
        for (var i = 0; i < proposals.Proposals.Count; i++)
            if (proposals.Proposals[i].Number != i + 1)
                context.Report(CheckDiagnostics.ProposalNumbering, proposals.Proposals[i], nameof(Proposal.Number), proposals.Proposals[i].Number, i + 1, proposals.Proposals.Count);

        var elections = proposals.Proposals.Where(p => p.Kind == ProposalKind.Election).ToArray();
        var directors = context.Filing.Directors;
        var nominees = NomineeLists.Nominees(directors);
        if (elections.Length == 0 && nominees.Count > 0)
            context.Report(CheckDiagnostics.ElectionWithoutNominees, proposals, nameof(ProposalsFile.Proposals),
                $"{nominees.Count} directors are marked nominee but no proposal is of kind election");
        foreach (var election in elections.Skip(1))
            context.Report(CheckDiagnostics.ElectionWithoutNominees, election, nameof(Proposal.Kind),
                $"proposal {election.Number} is a second election proposal; directors are elected under one proposal");
        if (elections.Length > 0 && nominees.Count == 0)
            context.Report(CheckDiagnostics.ElectionWithoutNominees, elections[0], nameof(Proposal.Kind),
                $"proposal {elections[0].Number} elects directors but no director in directors.yaml is marked nominee: true");

        if (nominees.Count > directors.AuthorizedBoardSize)
            context.Report(CheckDiagnostics.MoreNomineesThanSeats, directors, nameof(DirectorsFile.AuthorizedBoardSize), nominees.Count, directors.AuthorizedBoardSize);
    }
}
