using FilingForge.Diagnostics;
using FilingForge.Tests.Cards;

namespace FilingForge.Tests.Cli;

/// <summary>Issue 16, item 14: a diagnostic never writes a control character to the terminal; it writes its escape.</summary>
public sealed class TerminalTextTests(CardFixture cards) : IClassFixture<CardFixture>
{
    [Theory]
    [InlineData("Capstone\u001B[31m Turbine", "Capstone\\u001B[31m Turbine")]
    [InlineData("a\u0001b", "a\\u0001b")]
    [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [InlineData("line\nbreak", "line\\u000Abreak")]
    [InlineData("Zoë Ørsted", "Zoë Ørsted")]
    public void Control_and_bidi_override_characters_are_escaped_and_other_text_is_kept(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void An_unprintable_holder_name_is_quoted_in_FF7013_with_its_escapes()
    {
        var register = cards.WriteRegister("escape", "holder_id,name_1,name_2,address_1,address_2,address_3,shares\nA1,Anna\u001B[2J\u0001,,1 Main St,,,10\n");
        var (_, diagnostics, _) = cards.Run(register, "escape");
        var line = Assert.Single(diagnostics.Items, d => d.Id == "FF7013").ToString();
        Assert.Contains("\\u001B", line);
        Assert.DoesNotContain(line, c => char.IsControl(c));
    }
}
