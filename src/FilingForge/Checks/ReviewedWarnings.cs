using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>
/// The warnings a filing's reviewers examined and accept, in <c>reviewed.yaml</c> beside its data: each names the
/// warning's ID, the data path it is reported at and why it stands (a figure the filed document itself gets wrong, kept
/// as filed). An accepted warning is still reported, a warning with the reason, so nothing is hidden; it no longer
/// fails a <c>--warnaserror</c> build such as Publish's. An entry that matches no warning is FF1046, so a waiver does not outlive
/// the fact it was written for; an error cannot be accepted. It runs after Check, so the warnings it can accept are
/// those of Load and Check (the data's); roll-forward does not carry the file into next year's folder.
/// </summary>
/// <example><code>
/// reviewed:
///   - id: FF2403
///     at: summary-compensation.yaml#executives[4].years[0].all_other_components[2].amount
///     reason: As filed; the footnote's four items add to one dollar less.
/// </code></example>
public static class ReviewedWarnings
{
    private static readonly string[] EntryKeys = ["id", "at", "reason"];

    public static void Apply(string dataDirectory, FilingValues filing, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(dataDirectory, FilingManifest.ReviewedFileName);
        if (!File.Exists(path)) return;
        var entries = Entries(path, diagnostics);
        if (entries.Count == 0) return;
        var locations = Locations(filing);
        foreach (var (id, at, reason, written) in entries)
        {
            var warning = locations.TryGetValue(at, out var location)
                ? diagnostics.Items.FirstOrDefault(d => d.Id == id && d.Severity == Severity.Warning && d.Location == location)
                : null;
            if (warning is null)
                diagnostics.Report(LoadDiagnostics.ReviewedWarningNotReported, written, id, at);
            else
                diagnostics.Replace(warning, warning with { Message = $"{warning.Message} (reviewed: {reason})", ReviewedBecause = reason });
        }
    }

    private static List<(string Id, string At, string Reason, SourceLocation Location)> Entries(string path, DiagnosticBag diagnostics)
    {
        var result = new List<(string, string, string, SourceLocation)>();
        var root = DataTree.Read(path, DisplayPath.Of(path), diagnostics);
        if (root is not DataMapping mapping || mapping.Entries.FirstOrDefault(e => e.Key.Value == "reviewed")?.Value is not DataSequence list)
        {
            if (root is not null) diagnostics.Report(LoadDiagnostics.ReviewedEntryInvalid, root.Location, "reviewed.yaml holds `reviewed:`, a list of entries with `id`, `at` and `reason`");
            return result;
        }

        foreach (var item in list.Items)
        {
            var fields = (item as DataMapping)?.Entries.ToDictionary(e => e.Key.Value, e => (e.Value as DataScalar)?.Value, StringComparer.Ordinal);
            if (fields is null || EntryKeys.Any(k => string.IsNullOrWhiteSpace(fields.GetValueOrDefault(k))) || fields.Keys.Any(k => !EntryKeys.Contains(k)))
            {
                diagnostics.Report(LoadDiagnostics.ReviewedEntryInvalid, item.Location, "an entry of reviewed.yaml has exactly `id`, `at` (a data path such as `summary-compensation.yaml#executives[4].years[0].total`) and `reason`, each a text");
                continue;
            }

            result.Add((fields["id"]!, fields["at"]!, fields["reason"]!, item.Location));
        }

        return result;
    }

    /// <summary>Where each value of the filing was written, by its data path (<c>file.yaml#a[0].b</c>).</summary>
    private static Dictionary<string, SourceLocation> Locations(FilingValues filing)
    {
        var result = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in filing.Files.Values) Add(file, result);
        return result;
    }

    private static void Add(ObjectValue item, Dictionary<string, SourceLocation> result)
    {
        var prefix = item.Path.Contains('#') ? item.Path + "." : item.Path + "#";
        foreach (var (key, value) in item.Entries)
        {
            if (value.IsDefault) continue;
            result[prefix + key] = value.Location;
            switch (value)
            {
                case ObjectValue child: Add(child, result); break;
                case ListValue list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        result[$"{prefix}{key}[{i}]"] = list.Items[i].Location;
                        if (list.Items[i] is ObjectValue element) Add(element, result);
                    }
                    break;
            }
        }
    }
}
