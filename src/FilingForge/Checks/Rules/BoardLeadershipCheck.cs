using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// The board has at most one chairman, and <c>chairman_since</c> is given only for the director marked
/// <c>chairman: true</c> (FF3113): the nominee table footnotes "Chairman of the Board" from that flag.
/// </summary>
public sealed class BoardLeadershipCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var directors = context.Filing.Directors.Directors;
        foreach (var extra in directors.Where(d => d.Chairman).Skip(1))
            context.Report(CheckDiagnostics.BoardLeadership, extra, nameof(Director.Chairman),
                $"{context.NameOf(extra.Person)} is the second director marked chairman: true; the board has one chairman");
        foreach (var d in directors.Where(d => !d.Chairman && d.ChairmanSince is not null))
            context.Report(CheckDiagnostics.BoardLeadership, d, nameof(Director.ChairmanSince),
                $"{context.NameOf(d.Person)} has chairman_since but is not marked chairman: true");
    }
}
