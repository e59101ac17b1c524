using System.Text.RegularExpressions;
using FilingForge.Profiles.Xbrl;
using FilingForge.Values;

namespace FilingForge.Checks.Declared;

/// <summary>
/// The data an Inline XBRL document is named and identified from, where the profile's tagging declaration says it is:
/// the entity's identifier (a CIK of ten digits, FF4121), the fiscal year's end, the ticker (the extension's prefix,
/// FF4122) and the website (the extension's namespace, FF4123). Each is required (FF4120), so a filing never gets a
/// taxonomy named after a guess, and each is reported at its data line before any document is written.
/// </summary>
public sealed partial class InlineXbrlEntityCheck : ICheck
{
    /// <summary>Nothing by name: it reads the fields the profile's xbrl.yaml names.</summary>
    public IReadOnlyList<string> Reads => [];

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex Cik();

    public void Run(CheckContext context)
    {
        if (context.Values.Profile.Xbrl is not { } declaration) return;
        var entity = declaration.Entity;
        if (Required(context, entity.Identifier, "the entity's identifier (the CIK)") is { } cik && !Cik().IsMatch(cik.Text))
            context.Report(CheckDiagnostics.InlineXbrlCikMalformed, cik.Item, cik.Key, cik.Text);
        Required(context, entity.FiscalYearEnd, "the fiscal year's last day");
        if (Required(context, entity.Ticker, "the ticker (the extension taxonomy's prefix)") is { } ticker
            && ExtensionNames.PrefixProblem(ExtensionNames.Prefix(ticker.Text), declaration) is { } problem)
            context.Report(CheckDiagnostics.InlineXbrlPrefixUnusable, ticker.Item, ticker.Key, ticker.Text, ExtensionNames.Prefix(ticker.Text), problem);
        if (Required(context, entity.Website, "the website (the extension taxonomy's namespace)") is { } website && ExtensionNames.Host(website.Text) is null)
            context.Report(CheckDiagnostics.InlineXbrlWebsiteUnusable, website.Item, website.Key, website.Text);
    }

    private sealed record Field(ObjectValue Item, string Key, string Text);

    /// <summary>The value at a path from the top of the filing (<c>company.cik</c>), reported as missing when it is empty.</summary>
    private static Field? Required(CheckContext context, string path, string what)
    {
        var segments = path.Split('.');
        var item = context.Values.File(segments[0]);
        foreach (var segment in segments[1..^1]) item = item?.Object(segment);
        var value = item?.Scalar(segments[^1]);
        var text = value switch
        {
            null => "",
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "",
        };
        if (text.Length > 0) return new Field(item!, segments[^1], text);
        var location = item?.LocationOf(segments[^1]) ?? context.Values.File(segments[0]).Location;
        context.Report(CheckDiagnostics.InlineXbrlEntityMissing, location, path, what);
        return null;
    }
}
