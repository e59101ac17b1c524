using FilingForge.Computation;
using FilingForge.Model;
using FilingForge.Tests.Checks;

namespace FilingForge.Tests.Computation;

/// <summary>Compute never throws on a model that Check passed without errors, even at the edges of the data.</summary>
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
        var f = SampleModel.Build();
        Apply(f, edge);
        var diagnostics = SampleModel.Check(f);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var computed = FilingCalculator.Compute(f);
        Assert.Same(f, computed.Filing);
    }

    private static void Apply(Filing f, string edge)
    {
        switch (edge)
        {
            case "no grants at all":
                foreach (var r in f.OptionGrants.Recipients) r.Grants.Clear();
                f.OptionGrants.Footnotes.Clear();
                break;
            case "no performance periods":
                f.PerformanceGraph.Periods.Clear();
                foreach (var s in f.PerformanceGraph.Series) s.Values.Clear();
                break;
            case "warnings only":
                SampleModel.Set(f.AuditorFees, nameof(AuditorFeesFile.Auditor), "KPMG LLP");
                SampleModel.Set(f.BeneficialOwnership, nameof(BeneficialOwnershipFile.PercentBasis), PercentBasis.OutstandingOnly);
                f.OptionExercises.Holders.RemoveAt(0);
                break;
            case "retiring director without age":
                SampleModel.Set(f.Directors.Directors[4], nameof(Director.Age), null);
                break;
            case "no appreciation rates":
                f.OptionGrants.AssumedAppreciationRates.Clear();
                break;
            case "card nominees given":
                SampleModel.Set(f.ProxyCard, nameof(ProxyCardFile.Nominees), new List<string> { "protsch", "jaggers", "marcoux", "young" });
                break;
        }
    }
}
