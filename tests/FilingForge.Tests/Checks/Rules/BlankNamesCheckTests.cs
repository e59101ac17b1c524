namespace FilingForge.Tests.Checks.Rules;

public sealed class BlankNamesCheckTests
{
    [Fact]
    public void A_blank_company_short_name_is_an_error_at_the_name()
    {
        const string ShortName = "company.yaml#short_name";
        var result = SampleData.Load().Set(ShortName, "\"\"").Check();
        var d = Expect.Only(result.Diagnostics, "FF3115", result.At(ShortName));
        Assert.Equal("the company's `short_name`", d.Arguments[0]);
    }

    [Fact]
    public void A_surname_of_spaces_is_an_error_naming_the_person()
    {
        const string Surname = "people.yaml#people[8].surname";
        var result = SampleData.Load().Set(Surname, "\"  \"").Check();
        var d = Expect.Only(result.Diagnostics, "FF3115", result.At(Surname));
        Assert.Equal("the `surname` of person 'young'", d.Arguments[0]);
    }
}
