using FilingForge.Checks;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Compilation;

/// <summary>
/// Load → Check → Compute: what <c>filingforge check</c> runs and what every build starts with. Compute runs only on
/// a filing that checked without errors (or, under warnings-as-errors, without warnings).
/// </summary>
public static class FrontEnd
{
    public static FrontEndResult Run(string dataDirectory, bool warningsAsErrors, DiagnosticBag diagnostics, StageClock clock)
    {
        var filing = clock.Time("load", () => FilingLoader.Load(dataDirectory, diagnostics));
        if (filing is null || diagnostics.HasErrors) return new FrontEndResult(filing, null);
        clock.Time("check", () => FilingChecker.Check(filing, diagnostics));
        if (Fails(diagnostics, warningsAsErrors)) return new FrontEndResult(filing, null);
        var computed = clock.Time("compute", () => FilingCalculator.Compute(filing));
        return new FrontEndResult(filing, computed);
    }

    public static bool Fails(DiagnosticBag diagnostics, bool warningsAsErrors) =>
        diagnostics.HasErrors || (warningsAsErrors && diagnostics.Count(Severity.Warning) > 0);
}

public sealed record FrontEndResult(FilingValues? Filing, ComputedFiling? Computed);
