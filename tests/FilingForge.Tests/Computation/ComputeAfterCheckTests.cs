using FilingForge.Computation;
using FilingForge.Tests.Checks;

namespace FilingForge.Tests.Computation;

/// <summary>Compute never throws on a filing that Check passed without errors, even at the edges of the data.</summary>
public sealed class ComputeAfterCheckTests
{
    public static TheoryData<string> Edges() =>
    [
        "no grants at all", "no performance periods", "warnings only", "retiring director without age",
        "no appreciation rates", "card nominees given",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Compute_does_not_throw_on_a_checked_model(string edge)
    {
        var data = SampleData.Load();
        Apply(data, edge);
        var diagnostics = data.Check().Diagnostics;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var values = data.Values();
        var computed = FilingCalculator.Compute(values);
        Assert.Same(values, computed.Values);
    }

    private static void Apply(SampleData data, string edge)
    {
        switch (edge)
        {
            case "no grants at all":
                for (var i = 0; i < 4; i++) data.Set($"option-grants.yaml#recipients[{i}].grants", "[]");
                data.Set("option-grants.yaml#footnotes", "[]");
                break;
            case "no performance periods":
                data.Set("performance-graph.yaml#periods", "[]");
                for (var i = 0; i < 3; i++) data.Set($"performance-graph.yaml#series[{i}].values", "[]");
                break;
            case "warnings only":
                data.Set("auditor-fees.yaml#auditor", "KPMG LLP");
                data.Set("beneficial-ownership.yaml#percent_basis", "outstanding_only");
                data.Remove("option-exercises.yaml#holders[0]");
                break;
            case "retiring director without age":
                data.Set("directors.yaml#directors[4].age", "null");
                break;
            case "no appreciation rates":
                data.Set("option-grants.yaml#assumed_appreciation_rates", "[]");
                break;
            case "card nominees given":
                data.Set("proxy-card.yaml#nominees", "[protsch, jaggers, marcoux, young]");
                break;
        }
    }
}
