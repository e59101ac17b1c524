namespace FilingForge.Tests.Checks.Rules;

public sealed class CommitteeCheckTests
{
    [Fact]
    public void A_committee_chair_who_is_not_a_member_is_an_error_at_the_chair()
    {
        const string Chair = "committees.yaml#committees[0].chair";
        var result = SampleData.Load().Set(Chair, "jaggers").Check();
        Expect.Only(result.Diagnostics, "FF3106", result.At(Chair));
    }

    [Fact]
    public void A_committee_report_of_an_unknown_committee_is_an_error()
    {
        const string Committee = "reports.yaml#audit_committee.committee";
        var result = SampleData.Load().Set(Committee, "audt").Check();
        var d = Expect.Only(result.Diagnostics, "FF3107", result.At(Committee));
        Assert.EndsWith("did you mean `audit`?", d.Message);
    }

    [Fact]
    public void A_committee_member_who_is_not_a_director_is_an_error()
    {
        var result = SampleData.Load().Add("committees.yaml#committees[0].members", "clark").Check();
        Expect.Only(result.Diagnostics, "FF3112", result.At("committees.yaml#committees[0].members[2]"));
    }
}
