using FilingForge.Diagnostics;

namespace FilingForge.Theming;

/// <summary>
/// Diagnostics of <c>templates/shared/theme.yaml</c>'s values, FF1050–FF1059 (the Load stage's range). IDs are
/// permanent; a retired ID is never given to another meaning.
/// </summary>
public static class ThemeDiagnostics
{
    public static readonly DiagnosticDescriptor LengthOutOfRange = new(
        "FF1050", Severity.Error, "Theme length out of range",
        "`{0}` is {1} points; it must be {2:N0} to {3:N0} points");

    public static readonly DiagnosticDescriptor NoRoomForText = new(
        "FF1051", Severity.Error, "Margins leave no room for text",
        "`{0}` ({1}) and `{2}` ({3}) leave {4} points of the {5}-point {6} for text; at least {7} points must remain");

    public static readonly DiagnosticDescriptor UnknownFooterPlaceholder = new(
        "FF1052", Severity.Error, "Unknown footer placeholder",
        "`footer_pattern` has the placeholder `{0}`, which would be printed as it is; the placeholders are {{page}} and {{pages}}");

    public static readonly DiagnosticDescriptor FoldOutsideCard = new(
        "FF1053", Severity.Error, "Card fold leaves no room",
        "`card.fold` is {0} points from the top of the {1}-point card; with `card.margin_top` {2} and `card.margin_bottom` {3} it leaves {4} points above it and {5} below it; each needs at least {6}");
}
