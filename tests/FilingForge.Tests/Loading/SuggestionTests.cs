using FilingForge.Loading;

namespace FilingForge.Tests.Loading;

public sealed class SuggestionTests
{
    private static readonly string[] Keys = ["year", "salary", "bonus", "other_annual_compensation", "securities_underlying_options"];

    [Theory]
    [InlineData("salray", "salary")]
    [InlineData("Salary", "salary")]
    [InlineData("bonsu", "bonus")]
    [InlineData("yaer", "year")]
    [InlineData("OtherAnnualCompensation", "other_annual_compensation")]
    [InlineData("other-annual-compensation", "other_annual_compensation")]
    [InlineData("securites_underlying_option", "securities_underlying_options")]
    public void Misspelled_key_gets_the_member_it_was_meant_to_be(string typed, string expected) =>
        Assert.Equal(expected, DataKeySuggestion.Closest(typed, Keys));

    [Theory]
    [InlineData("engagement_partner")]
    [InlineData("x")]
    [InlineData("")]
    public void Key_far_from_every_member_gets_no_suggestion(string typed) =>
        Assert.Null(DataKeySuggestion.Closest(typed, Keys));

    [Fact]
    public void A_swap_of_neighbours_is_one_edit() => Assert.Equal(1, FilingForge.Diagnostics.NameSuggestion.Distance("salray", "salary"));
}
