using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// An extended link role the extension schema declares: its URI under the company's own host
/// (<c>http://www.cc.com/role/PayVsPerformanceDisclosure</c>), the id a <c>roleRef</c> points at, and its definition
/// in the EDGAR form <c>sort code - category - title</c>, which orders and titles the viewer's reports.
/// <see cref="Dimensional"/>: the definition linkbase uses it too (the cover has no dimensions).
/// </summary>
internal sealed record DisclosureRole(string Id, string Uri, string Definition, bool Dimensional)
{
    public static DisclosureRole Main(XbrlDisclosure disclosure, string extensionNamespace) =>
        new(disclosure.RoleName, RoleUri(extensionNamespace, disclosure.RoleName), disclosure.RoleDefinition, Dimensional: true);

    /// <summary>The table of the typed axes (the measures' ranks on ecd:MeasureAxis), which the definition linkbase alone uses.</summary>
    public static DisclosureRole TypedAxes(XbrlDisclosure disclosure, string extensionNamespace) =>
        new(disclosure.RoleName + "TypedAxes", RoleUri(extensionNamespace, disclosure.RoleName + "TypedAxes"), TypedDefinition(disclosure.RoleDefinition), Dimensional: true);

    public static DisclosureRole Cover(XbrlDisclosure disclosure, string extensionNamespace) =>
        new(disclosure.CoverRoleName, RoleUri(extensionNamespace, disclosure.CoverRoleName), disclosure.CoverRoleDefinition, Dimensional: false);

    /// <summary>"995410 - Disclosure - Pay vs Performance Disclosure" → "995411 - Disclosure - Pay vs Performance Disclosure, Typed Axes": sorted right after it.</summary>
    private static string TypedDefinition(string definition)
    {
        var parts = definition.Split(" - ", 2);
        var next = long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? (code + 1).ToString(new string('0', parts[0].Length), System.Globalization.CultureInfo.InvariantCulture)
            : parts[0];
        return (parts.Length == 2 ? next + " - " + parts[1] : definition) + ", Typed Axes";
    }

    private static string RoleUri(string extensionNamespace, string name)
    {
        if (!System.Uri.TryCreate(extensionNamespace, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new InvalidOperationException($"The extension namespace '{extensionNamespace}' is not an http URI a role can be named under.");
        return $"{uri.Scheme}://{uri.Host}/role/{name}";
    }
}
