using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Theming;

/// <summary>
/// The shape of <c>templates/shared/theme.yaml</c>, declared as a profile declares a data file, so the Load stage's
/// binder reads it with the same strictness and messages. It belongs to FilingForge's writers, not to a form of
/// filing, so it is declared here rather than in a profile folder.
/// </summary>
internal static class ThemeDeclaration
{
    public const string FileName = "theme";

    // Declared before the profile: static initializers run in the order they are written.
    private static readonly SourceLocation Here = new("FilingForge/Theming/ThemeDeclaration.cs", 0, 0);
    private static readonly ScalarType Number = new(ScalarKind.Number);
    private static readonly ScalarType Text = new(ScalarKind.Text);

    /// <summary>The declarations, as the binder takes them: a profile of one file and its three object types.</summary>
    public static Profile Profile { get; } = new(
        FileName,
        "Theme",
        "The look of every format.",
        [new DataFileDeclaration(FileName, "The look of every format.",
        [
            Required("page", Named("PageSetup")),
            Required("body_font", Named("FontSpec")),
            Required("heading_font", Named("FontSpec")),
            Required("table_font", Named("FontSpec")),
            Required("note_font", Named("FontSpec")),
            Required("heading_sizes", new ListType(Number)),
            Required("leading", Number),
            Required("paragraph_spacing", Number),
            Required("colors", Named("Colors")),
            Required("table_rule_width", Number),
            Required("footer_pattern", Text),
            Optional("font_folders", new ListType(Text)),
        ], Here)],
        new Dictionary<string, ObjectTypeDeclaration>(StringComparer.Ordinal)
        {
            ["PageSetup"] = Type("PageSetup", "width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right"),
            ["FontSpec"] = new("FontSpec", null, [Required("families", new ListType(Text)), Required("size", Number)], Here),
            ["Colors"] = new("Colors", null,
            [
                Required("text", Text), Required("heading", Text), Required("rule", Text), Required("table_header_background", Text),
                Required("chart_series", new ListType(Text)),
            ], Here),
        },
        new Dictionary<string, EnumerationDeclaration>(StringComparer.Ordinal),
        []);

    public static DataFileDeclaration File => Profile.Files[0];

    private static NamedType Named(string name) => new(name);

    /// <summary>An object type of required numbers (the page's lengths, in points).</summary>
    private static ObjectTypeDeclaration Type(string name, params string[] numbers) =>
        new(name, null, numbers.Select(n => Required(n, Number)).ToList(), Here);

    private static FieldDeclaration Required(string key, FieldType type) =>
        new(key, type, Required: true, Nullable: false, null, RangeOf(type), Here);

    private static FieldDeclaration Optional(string key, FieldType type) =>
        new(key, type, Required: false, Nullable: false, null, RangeOf(type), Here) { Default = new Loading.DataSequence(Here, []) };

    private static ValueRange? RangeOf(FieldType type) => type switch
    {
        ScalarType scalar => ValueRange.Of(scalar.Kind),
        ListType list => RangeOf(list.Item),
        _ => null,
    };
}
