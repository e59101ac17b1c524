using System.Text;
using FilingForge.Cards;

namespace FilingForge.Tests.Cards;

public sealed class ControlNumberTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a test key that is long enough");

    [Fact]
    public void The_same_key_and_holder_give_the_same_number()
    {
        var a = new ControlNumberGenerator(Key, "capstone-2003").Issue("H00000001");
        var b = new ControlNumberGenerator(Key, "capstone-2003").Issue("H00000001");
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_different_key_gives_a_different_number()
    {
        var a = new ControlNumberGenerator(Key, "capstone-2003").Issue("H00000001");
        var b = new ControlNumberGenerator(Encoding.UTF8.GetBytes("another key, also long enough"), "capstone-2003").Issue("H00000001");
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_number_has_twelve_digits_and_a_valid_check_digit()
    {
        var number = new ControlNumberGenerator(Key, "capstone-2003").Issue("H00000042");
        Assert.Equal(13, number.Digits.Length);
        Assert.True(Luhn.IsValid(number.Digits));
    }

    [Fact]
    public void The_check_digit_catches_a_mistyped_digit()
    {
        var digits = new ControlNumberGenerator(Key, "capstone-2003").Issue("H00000042").Digits;
        var typo = (digits[0] == '9' ? '1' : (char)(digits[0] + 1)) + digits[1..];
        Assert.False(Luhn.IsValid(typo));
    }

    [Fact]
    public void Luhn_matches_the_textbook_example()
    {
        Assert.Equal(3, Luhn.CheckDigit("7992739871"));
    }

    [Fact]
    public void A_collision_is_resolved_deterministically_by_the_next_attempt()
    {
        var generator = new ControlNumberGenerator(Key, "capstone-2003");
        var first = generator.Issue("H1");
        // Issuing for the same id again collides with the first number, so the second attempt is taken.
        var second = generator.Issue("H1");
        Assert.NotEqual(first, second);
        Assert.Equal(generator.Derive("H1", 1), second);
        Assert.Equal(1, generator.Collisions);
    }

    [Fact]
    public void A_control_number_does_not_print_its_digits_by_accident()
    {
        var number = new ControlNumberGenerator(Key, "capstone-2003").Issue("H1");
        Assert.DoesNotContain(number.Digits, number.ToString());
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ControlNumberGenerator(Encoding.UTF8.GetBytes("short"), "x"));
    }

    [Theory]
    [InlineData("                ")]
    [InlineData("  short-key-1234  ")]
    [InlineData("aaaaaaaaaaaaaaaaaaaa")]
    public void A_blank_padded_or_single_character_key_is_no_key(string value) =>
        Assert.Null(ControlNumberGenerator.KeyFrom(value));

    [Fact]
    public void A_key_of_sixteen_different_bytes_is_used_as_written() =>
        Assert.Equal(Encoding.UTF8.GetBytes(" 0123456789abcdef"), ControlNumberGenerator.KeyFrom(" 0123456789abcdef"));
}
