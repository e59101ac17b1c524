using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// Document settings as current Word writes them (compatibility mode 15), without revision-save ids. A line ended by
/// a manual line break is not stretched in justified text, as typists expect.
/// </summary>
internal static class SettingsBuilder
{
    public static W.Settings Build() => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 720 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.DoNotExpandShiftReturn(), new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.DecimalSymbol { Val = "." },
        new W.ListSeparator { Val = "," });
}
