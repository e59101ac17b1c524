using FilingForge.Writers.Docx.Rendering;
using FilingForge.Writers.Docx.Rendering.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// Word numbering for the lists the body used: a bullet definition and a numbered one ("1.", "(a)", "(i)" by level),
/// each with nine levels; a "(1)" and an "(a)" definition (that style at the list's own level) when a list asked for
/// one; and one instance per list as <see cref="NumberingRegistry"/> recorded them.
/// </summary>
internal static class NumberingBuilder
{
    private static readonly string[] Bullets = ["\u2022", "\u2013", "\u25AA"];
    private static readonly (W.NumberFormatValues Format, string Pattern)[] Numbers =
    [
        (W.NumberFormatValues.Decimal, "%{0}."),
        (W.NumberFormatValues.LowerLetter, "(%{0})"),
        (W.NumberFormatValues.LowerRoman, "(%{0})"),
    ];

    public static W.Numbering Build(NumberingRegistry registry)
    {
        var numbering = new W.Numbering(
            Abstract(NumberingRegistry.BulletAbstractId, level => (W.NumberFormatValues.Bullet, Bullets[level % Bullets.Length])),
            Abstract(NumberingRegistry.DecimalAbstractId, level =>
            {
                var (format, pattern) = Numbers[level % Numbers.Length];
                return (format, pattern.Replace("{0}", DocxUnits.Text(level + 1), StringComparison.Ordinal));
            }));
        var used = registry.UsedAbstractIds.ToHashSet();
        if (used.Contains(NumberingRegistry.ParenthesizedDecimalAbstractId))
            numbering.AppendChild(Abstract(NumberingRegistry.ParenthesizedDecimalAbstractId, level => (W.NumberFormatValues.Decimal, Parenthesized(level))));
        if (used.Contains(NumberingRegistry.ParenthesizedLowerAlphaAbstractId))
            numbering.AppendChild(Abstract(NumberingRegistry.ParenthesizedLowerAlphaAbstractId, level => (W.NumberFormatValues.LowerLetter, Parenthesized(level))));
        foreach (var instance in registry.Instances)
        {
            var num = new W.NumberingInstance(new W.AbstractNumId { Val = instance.AbstractNumId }) { NumberID = instance.NumId };
            if (instance.AbstractNumId != NumberingRegistry.BulletAbstractId)
                num.AppendChild(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = instance.Start }) { LevelIndex = instance.RestartLevel });
            numbering.AppendChild(num);
        }

        return numbering;
    }

    private static string Parenthesized(int level) => "(%" + DocxUnits.Text(level + 1) + ")";

    private static W.AbstractNum Abstract(int id, Func<int, (W.NumberFormatValues Format, string Text)> levelText)
    {
        var abstractNum = new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var (format, text) = levelText(level);
            abstractNum.AppendChild(new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = format },
                new W.LevelText { Val = text },
                new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                new W.PreviousParagraphProperties(new W.Indentation
                {
                    Left = DocxUnits.Text(ListRenderer.TextIndentTwips(level)),
                    Hanging = "360",
                }))
            { LevelIndex = level });
        }

        return abstractNum;
    }
}
