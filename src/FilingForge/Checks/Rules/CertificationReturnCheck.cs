using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A code-of-ethics certification goes to someone other than the officer who signs it (FF3114): a signer whose
/// position is the office named in <c>certification.return_to</c> would return the original to himself or herself,
/// which certifies nothing to anyone. The seed's form sends every signer's to the Chief Financial Officer, the office
/// one of the signers holds. An interim or acting holder holds the office, so a parenthetical does not count.
/// </summary>
public sealed class CertificationReturnCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } =
    [
        "ethics.certification.return_to", "ethics.signers.person", "ethics.signers.position", "people.people.name",
    ];

    public void Run(CheckContext context)
    {
        var ethics = context.Values.File("ethics");
        if (ethics.Object("certification") is not { } certification || certification.Text("return_to") is not { } returnTo) return;
        var office = Office(returnTo);
        foreach (var signer in ethics.Objects("signers"))
            if (signer.Text("position") is { } position && Office(position) == office)
                context.Report(CheckDiagnostics.CertificationReturnedToSigner, certification, "return_to",
                    context.NameOf(signer.Text("person") ?? ""), position, returnTo);
    }

    /// <summary>An office's name compared without case, a leading "the" or a trailing parenthetical ("(Interim)").</summary>
    private static string Office(string name)
    {
        var office = name.Trim();
        var parenthesis = office.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis > 0) office = office[..parenthesis].TrimEnd();
        if (office.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) office = office[4..].TrimStart();
        return office.ToUpperInvariant();
    }
}
