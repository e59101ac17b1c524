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
            // Written or not, every theme has a card: a block left out, or a key of it, takes CardSetup.Default's value.
            Optional("card", Named("CardSetup"), new Loading.DataMapping(Here, [])),
        ], Here)],
        new Dictionary<string, ObjectTypeDeclaration>(StringComparer.Ordinal)
        {
            ["PageSetup"] = Type("PageSetup", "width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right"),
            ["CardSetup"] = new("CardSetup", null, CardFields(), Here),
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

    /// <summary>The card's numbers, each optional with the default card's value.</summary>
    private static List<FieldDeclaration> CardFields()
    {
        var card = CardSetup.Default;
        (string Key, decimal Value)[] fields =
        [
            ("width", card.Width), ("height", card.Height), ("margin_top", card.MarginTop), ("margin_bottom", card.MarginBottom),
            ("margin_left", card.MarginLeft), ("margin_right", card.MarginRight), ("fold", card.Fold),
            ("body_size", card.BodySize), ("note_size", card.NoteSize), ("paragraph_spacing", card.ParagraphSpacing),
        ];
        return fields.Select(f => Optional(f.Key, Number,
            new Loading.DataScalar(Here, f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), isPlain: true))).ToList();
    }

    private static FieldDeclaration Required(string key, FieldType type) =>
        new(key, type, Required: true, Nullable: false, null, RangeOf(type), Here);

    private static FieldDeclaration Optional(string key, FieldType type) => Optional(key, type, new Loading.DataSequence(Here, []));

    private static FieldDeclaration Optional(string key, FieldType type, Loading.DataNode fallback) =>
        new(key, type, Required: false, Nullable: false, null, RangeOf(type), Here) { Default = fallback };

    private static ValueRange? RangeOf(FieldType type) => type switch
    {
        ScalarType scalar => ValueRange.Of(scalar.Kind),
        ListType list => RangeOf(list.Item),
        _ => null,
    };
}
