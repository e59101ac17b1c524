namespace FilingForge.Tests.Checks.Rules;

public sealed class NomineeDisclosureCheckTests
{
    [Theory]
    [InlineData("age")]
    [InlineData("director_since")]
    public void A_nominee_without_age_or_director_since_is_an_error(string field)
    {
        var result = SampleData.Load().Set($"directors.yaml#directors[1].{field}", "null").Check();
        Expect.Only(result.Diagnostics, "FF4114", result.At("directors.yaml#directors[1].person"));
    }

    [Fact]
    public void A_retiring_director_may_leave_out_age_and_director_since()
    {
        var result = SampleData.Load()
            .Set("directors.yaml#directors[4].age", "null")
            .Set("directors.yaml#directors[4].director_since", "null")
            .Check();
        Assert.Empty(result.Diagnostics.Items);
    }
}
