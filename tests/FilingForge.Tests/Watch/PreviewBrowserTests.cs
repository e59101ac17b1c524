using Microsoft.Playwright;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Watch;

/// <summary>
/// The live preview in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser). The page
/// must follow a saved change, lay a typo's diagnostic over the last good page and take it away after the fix.
/// </summary>
public sealed class PreviewBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly float Deadline = 15_000;

    [ToolFact(Chromium, Install = "apt-get install chromium")]
    public async Task The_page_shows_a_changed_salary_then_a_typo_s_diagnostic_then_clears_it_after_the_fix()
    {
        ExternalTool.Require(Chromium, "apt-get install chromium");
        using var preview = new LivePreview();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Server.Address, "/proxy-statement.html").ToString());
        var salary = page.Locator("#summary-compensation td", new() { HasTextString = "235,096" });
        await Assertions.Expect(salary).ToHaveCountAsync(1);
        await page.EvaluateAsync("window.scrollTo(0, 2000)");

        preview.Sample.Edit("summary-compensation.yaml", "salary: 235096", "salary: 241000");
        var changed = page.Locator("#summary-compensation td.ff-changed", new() { HasTextString = "241,000" });
        await Assertions.Expect(changed).ToHaveCountAsync(1, new() { Timeout = Deadline });
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 1000, "the page lost its scroll position");

        preview.Sample.Edit("summary-compensation.yaml", "salary: 241000", "salry: 241000");
        var overlay = page.Locator("#ff-diagnostics");
        await Assertions.Expect(overlay).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"summary-compensation\.yaml:\d+:\d+: error FF1020: unknown key `salry`"), new() { Timeout = Deadline });
        await Assertions.Expect(page.Locator("#summary-compensation td", new() { HasTextString = "241,000" })).ToHaveCountAsync(1);

        preview.Sample.Edit("summary-compensation.yaml", "salry: 241000", "salary: 241000");
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = Deadline });
        await Assertions.Expect(page.Locator("#summary-compensation td", new() { HasTextString = "241,000" })).ToHaveCountAsync(1);
    }
}
