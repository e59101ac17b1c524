using FilingForge.Checks;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Templating.Tables;
using FilingForge.Values;

namespace FilingForge.Compilation;

/// <summary>
/// Load → Check → Compute: what <c>filingforge check</c> runs and what every build starts with; given the templates, Check
/// also holds their table definitions to the profile. Compute runs only on a filing that checked without errors (or,
/// under warnings-as-errors, without warnings).
/// </summary>
public static class FrontEnd
{
    /// <param name="templatesDirectory">
    /// The templates the filing will be built with, whose table definitions are checked against its profile (FF5020);
    /// null to check the data alone.
    /// </param>
    public static FrontEndResult Run(string dataDirectory, bool warningsAsErrors, DiagnosticBag diagnostics, StageClock clock, string? templatesDirectory = null)
    {
        var filing = clock.Time("load", () => FilingLoader.Load(dataDirectory, diagnostics));
        if (filing is null || diagnostics.HasErrors) return new FrontEndResult(filing, null);
        clock.Time("check", () => FilingChecker.Check(filing, diagnostics));
        if (templatesDirectory is not null)
            clock.Time("check tables", () => TableShapeCheck.Check(filing.Profile, templatesDirectory, diagnostics));
        ReviewedWarnings.Apply(dataDirectory, filing, diagnostics);
        if (Fails(diagnostics, warningsAsErrors)) return new FrontEndResult(filing, null);
        var computed = clock.Time("compute", () => FilingCalculator.Compute(filing));
        return new FrontEndResult(filing, computed);
    }

    /// <summary>Whether the filing may not go on: an error, or under warnings-as-errors a warning its reviewers have not accepted.</summary>
    public static bool Fails(DiagnosticBag diagnostics, bool warningsAsErrors) =>
        diagnostics.HasErrors || (warningsAsErrors && diagnostics.Items.Any(d => d.Severity == Severity.Warning && !d.Reviewed));
}

public sealed record FrontEndResult(FilingValues? Filing, ComputedFiling? Computed);
