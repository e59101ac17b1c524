using Microsoft.Playwright;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Fidelity;

/// <summary>
/// Write stage, the preview in Debian's Chromium: in the sample's Summary Compensation Table a footnote marker after
/// a figure hangs (the digits line up with the column's other figures) and does not lower its row's baseline.
/// </summary>
public sealed class PreviewFigureColumnTests(SampleOutputs sample) : IClassFixture<SampleOutputs>
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Right edge of a cell's figure (its first text node) and the baseline offset of the cell in its row, in CSS pixels.</summary>
    private const string Measure = """
        text => {
          const cell = [...document.querySelectorAll('#summary-compensation td')].find(td => td.textContent.startsWith(text));
          const range = document.createRange();
          range.selectNodeContents(cell.firstChild);
          const digits = range.getBoundingClientRect();
          return [digits.right, digits.bottom - cell.parentElement.getBoundingClientRect().top];
        }
        """;

    [ToolFact(Chromium, Install = "apt-get install chromium")]
    public async Task A_marked_figure_lines_up_with_unmarked_ones_and_keeps_its_rows_baseline()
    {
        var statement = sample.Documents.Single(d => d.Name == "proxy-statement");
        var html = Path.Combine(Path.GetTempPath(), $"filingforge-figures-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(html, sample.File(statement, ".html").Content);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(html).AbsoluteUri);
            // Salary column: Norman C. Chambers' 2001 salary carries note (7); his 2002 salary none.
            var marked = await page.EvaluateAsync<double[]>(Measure, "49,615");
            var plain = await page.EvaluateAsync<double[]>(Measure, "165,000");
            Assert.Equal(plain[0], marked[0], 0.5);
            Assert.Equal(plain[1], marked[1], 0.5);
        }
        finally
        {
            File.Delete(html);
        }
    }
}
