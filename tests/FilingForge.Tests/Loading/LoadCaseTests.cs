using FilingForge.Diagnostics;

namespace FilingForge.Tests.Loading;

/// <summary>Runs every folder under <c>Loading/Cases/</c>; see <see cref="LoadCase"/> for what a case holds.</summary>
public sealed class LoadCaseTests
{
    public static TheoryData<string> Cases => new(LoadCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_yields_exactly_its_expected_diagnostics_and_never_throws(string name)
    {
        using var input = LoadCase.Prepare(name);
        var diagnostics = new DiagnosticBag();
        object? loaded = null;

        var exception = Record.Exception(() => loaded = input.Load(diagnostics));

        Assert.Null(exception);
        if (LoadCase.MayAccept) input.AcceptExpected(diagnostics.Sorted().Select(input.Format));
        var actual = diagnostics.Sorted().Select(input.Format).Order(StringComparer.Ordinal).ToArray();
        var expected = input.ExpectedLines().Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            $"Case {name}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}\n" +
            $"messages:\n  {string.Join("\n  ", diagnostics.Sorted())}");
        Assert.Equal(diagnostics.HasErrors, loaded is null);
    }
}
