using System.Globalization;
using FilingForge.Checks.Rules;

namespace FilingForge.Tests.Checks.Rules;

public sealed class DirectorDatesCheckTests
{
    private const string Since = "directors.yaml#directors[1].director_since";

    [Theory]
    [InlineData(1899)]
    [InlineData(2004)]
    public void A_director_since_year_before_1900_or_after_the_meeting_is_an_error(int year)
    {
        var result = SampleData.Load().Set(Since, year.ToString(CultureInfo.InvariantCulture)).Check();
        if (year < DirectorDatesCheck.EarliestYear)
        {
            // The profile's range for a year (1900 to 2200) now rejects it at Load, at the same place, before any check runs.
            var written = SampleData.Load().Check().At(Since);
            Expect.Only(result.Diagnostics, "FF1029", result.File("directors.yaml", written.Line, written.Column));
            return;
        }

        Expect.Only(result.Diagnostics, "FF3302", result.At(Since));
    }

    [Fact]
    public void A_chairman_since_date_after_the_meeting_is_an_error()
    {
        const string ChairmanSince = "directors.yaml#directors[0].chairman_since";
        var result = SampleData.Load().Set(ChairmanSince, "2003-06-01").Check();
        Expect.Only(result.Diagnostics, "FF3303", result.At(ChairmanSince));
    }
}
