using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks.Rules;

public sealed class CertificationReturnCheckTests
{
    private const string ReturnTo = "ethics.yaml#certification.return_to";

    [Fact]
    public void A_signer_told_to_return_the_certification_to_the_office_the_signer_holds_is_a_warning_at_return_to()
    {
        var result = SampleData.Load().Set(ReturnTo, "Chief Financial Officer").Check();
        var d = Expect.Only(result.Diagnostics, "FF3114", result.At(ReturnTo));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_interim_holder_of_the_office_named_for_the_return_is_still_its_holder()
    {
        var result = SampleData.Load()
            .Set(ReturnTo, "the chief executive officer")
            .Set("ethics.yaml#signers[0].position", "Chief Executive Officer (Interim)")
            .Check();
        Assert.Contains("FF3114", Expect.Ids(result.Diagnostics));
    }

    [Fact]
    public void A_certification_returned_to_an_office_no_signer_holds_is_not_reported()
    {
        var result = SampleData.Load().Set(ReturnTo, "Chair of the Audit Committee").Check();
        Assert.DoesNotContain("FF3114", Expect.Ids(result.Diagnostics));
    }
}
