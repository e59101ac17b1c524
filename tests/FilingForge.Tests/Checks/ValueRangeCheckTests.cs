using FilingForge.Checks.Rules;

namespace FilingForge.Tests.Checks;

/// <summary>
/// FF2201 and FF2202 go by the kind the profile declares for each written number, so they are tested on loaded data
/// files (<see cref="CheckFixture"/>): a filing built in C# has no value tree to walk.
/// </summary>
public sealed class ValueRangeCheckTests
{
    [Fact]
    public void A_negative_salary_is_an_error_naming_the_field()
    {
        using var fixture = CheckFixture.Load("negative-salary");
        var d = Expect.Only(fixture.Run(new ValueRangeCheck()), "FF2201", fixture.At("summary-compensation.yaml", 6, 17));
        Assert.Equal("summary-compensation.yaml#officers[0].years[0].salary", d.Arguments[0]);
        Assert.Equal(-372_281m, d.Arguments[1]);
    }

    [Fact]
    public void A_percent_over_100_is_an_error()
    {
        using var fixture = CheckFixture.Load("stated-percent-over-100");
        var d = Expect.Only(fixture.Run(new ValueRangeCheck()), "FF2202", fixture.At("beneficial-ownership.yaml", 6, 21));
        Assert.Equal("beneficial-ownership.yaml#owners[0].stated_percent", d.Arguments[0]);
    }

    /// <summary>
    /// A list's numbers have no key of their own: the message names the list, at the list. FF2203 is about one rate
    /// and is at that rate.
    /// </summary>
    [Fact]
    public void A_negative_number_in_a_list_is_an_error_at_the_list()
    {
        using var fixture = CheckFixture.Load("negative-appreciation-rate");
        var d = Expect.Only(fixture.Run(new ValueRangeCheck()), "FF2201", fixture.At("option-grants.yaml", 4, 3));
        Assert.Equal("option-grants.yaml.assumed_appreciation_rates", d.Arguments[0]);
        Expect.Only(fixture.Run(new AppreciationRatesCheck()), "FF2203", fixture.At("option-grants.yaml", 4, 5));
    }

    /// <summary>
    /// Shares, prices and a field with <c>max: 100</c> have a declared range Load enforces (FF1029), so such a value
    /// never reaches the check; the error is at the same field.
    /// </summary>
    [Theory]
    [InlineData("negative-shares", "beneficial-ownership.yaml", 5, 13, "shares")]
    [InlineData("negative-exercise-price", "option-grants.yaml", 9, 25, "exercise_price")]
    [InlineData("attendance-threshold-over-100", "directors.yaml", 2, 31, "attendance_threshold_percent")]
    public void A_number_outside_its_kind_s_range_is_an_error_at_load_naming_the_field(string name, string file, int line, int column, string field)
    {
        using var fixture = CheckFixture.Load(name);
        Assert.Null(fixture.Filing);
        var d = Expect.Only(fixture.LoadDiagnostics, "FF1029", fixture.At(file, line, column));
        Assert.Equal(field, d.Arguments[0]);
    }
}
