namespace FilingForge.Writers.Xbrl;

/// <summary>
/// An extended link role the extension schema declares: its URI under the company's own host
/// (<c>http://www.cc.com/role/PayVsPerformanceDisclosure</c>), the id a <c>roleRef</c> points at, and its definition
/// in the EDGAR form <c>sort code - category - title</c>, which orders and titles the viewer's reports.
/// <see cref="Dimensional"/>: the definition linkbase uses it too (the cover has no dimensions).
/// </summary>
internal sealed record DisclosureRole(string Id, string Uri, string Definition, bool Dimensional)
{
    public static DisclosureRole PayVersusPerformance(string extensionNamespace) =>
        new("PayVsPerformanceDisclosure", RoleUri(extensionNamespace, "PayVsPerformanceDisclosure"), "995410 - Disclosure - Pay vs Performance Disclosure", Dimensional: true);

    /// <summary>The table of the typed axes (the measures' ranks on ecd:MeasureAxis), which the definition linkbase alone uses.</summary>
    public static DisclosureRole PayVersusPerformanceMeasures(string extensionNamespace) =>
        new("PayVsPerformanceDisclosureMeasures", RoleUri(extensionNamespace, "PayVsPerformanceDisclosureMeasures"),
            "995411 - Disclosure - Pay vs Performance Disclosure, Financial Performance Measures", Dimensional: true);

    public static DisclosureRole Cover(string extensionNamespace) =>
        new("Cover", RoleUri(extensionNamespace, "Cover"), "0000001 - Document - Cover", Dimensional: false);

    private static string RoleUri(string extensionNamespace, string name)
    {
        if (!System.Uri.TryCreate(extensionNamespace, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new InvalidOperationException($"The extension namespace '{extensionNamespace}' is not an http URI a role can be named under.");
        return $"{uri.Scheme}://{uri.Host}/role/{name}";
    }
}
