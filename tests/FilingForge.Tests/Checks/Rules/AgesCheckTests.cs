using System.Globalization;

namespace FilingForge.Tests.Checks.Rules;

public sealed class AgesCheckTests
{
    [Theory]
    [InlineData(17)]
    [InlineData(101)]
    public void An_implausible_age_is_an_error(int age)
    {
        const string Age = "directors.yaml#directors[2].age";
        var result = SampleData.Load().Set(Age, age.ToString(CultureInfo.InvariantCulture)).Check();
        Expect.Only(result.Diagnostics, "FF3301", result.At(Age));
    }
}
