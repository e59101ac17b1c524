using FilingForge.Templating.Formatting;

namespace FilingForge.Tests.Templating;

public class FormattingTests
{
    [Theory]
    [InlineData(372281, true, "$372,281")]
    [InlineData(372281, false, "372,281")]
    [InlineData(-1250, false, "(1,250)")]
    [InlineData(-1250, true, "$(1,250)")]
    [InlineData(0.90, true, "$0.90")]
    [InlineData(0.001, true, "$0.001")]
    [InlineData(1500000, true, "$1,500,000")]
    public void Money_has_thousands_separators_parentheses_and_an_optional_dollar_sign(double amount, bool sign, string expected) =>
        Assert.Equal(expected, MoneyFormat.Format((decimal)amount, sign));

    [Fact]
    public void Nil_money_and_nil_shares_print_an_em_dash()
    {
        Assert.Equal("\u2014", MoneyFormat.Format(null, true));
        Assert.Equal("\u2014", ShareFormat.Format(null));
    }

    [Theory]
    [InlineData(1.89, "1.89")]
    [InlineData(4.7, "4.70")]
    [InlineData(3.3333, "3.3333")]
    public void Prices_always_show_cents(double price, string expected) =>
        Assert.Equal(expected, MoneyFormat.Price((decimal)price, dollarSign: false));

    [Theory]
    [InlineData(1868021, "1,868,021")]
    [InlineData(0, "0")]
    [InlineData(-500, "(500)")]
    public void Share_counts_have_thousands_separators(long shares, string expected) =>
        Assert.Equal(expected, ShareFormat.Format(shares));

    [Theory]
    [InlineData(2.51, "2.51%")]
    [InlineData(0.87, "0.87%")]
    [InlineData(6.1, "6.10%")]
    [InlineData(0, "0%")]
    public void Percentages_have_two_decimals_and_zero_prints_plainly(double percent, string expected) =>
        Assert.Equal(expected, PercentFormat.Format((decimal)percent));

    [Fact]
    public void Holdings_under_one_percent_print_a_star()
    {
        Assert.Equal("*", PercentFormat.OfClass(0.14m, lessThanOnePercent: true));
        Assert.Equal("2.58%", PercentFormat.OfClass(2.58m, lessThanOnePercent: false));
    }

    [Fact]
    public void Dates_follow_the_styles_of_the_seed()
    {
        Assert.Equal("May 30, 2003", DateFormat.Long(new DateOnly(2003, 5, 30)));
        Assert.Equal("April 10, 2003", DateFormat.Long(new DateOnly(2003, 4, 10)));
        Assert.Equal("06/26/2012", DateFormat.Numeric(new DateOnly(2012, 6, 26)));
        Assert.Equal("Jun-00", DateFormat.Period(new DateOnly(2000, 6, 30)));
        Assert.Equal("Dec-02", DateFormat.Period(new DateOnly(2002, 12, 31)));
        Assert.Equal("June 2006", DateFormat.MonthYear(new DateOnly(2006, 6, 1)));
    }

    [Theory]
    [InlineData(17, "seventeen times")]
    [InlineData(1, "once")]
    [InlineData(2, "twice")]
    [InlineData(21, "twenty-one times")]
    public void Meeting_counts_read_as_words(long count, string expected) => Assert.Equal(expected, NumberWords.Times(count));

    [Fact]
    public void Counts_of_things_read_as_words_with_the_noun_agreeing()
    {
        Assert.Equal("six directors", NumberWords.Count(6, "director"));
        Assert.Equal("one director", NumberWords.Count(1, "director"));
        Assert.Equal("five (5) meetings", NumberWords.WordsAndDigits(5, "meeting"));
        Assert.Equal("three (3) meetings", NumberWords.WordsAndDigits(3, "meeting"));
        Assert.Equal("two companies", NumberWords.Count(2, "company", "companies"));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(15, "fifteen")]
    [InlineData(40, "forty")]
    [InlineData(99, "ninety-nine")]
    [InlineData(105, "one hundred five")]
    [InlineData(21600, "twenty-one thousand six hundred")]
    public void Cardinal_words(long number, string expected) => Assert.Equal(expected, NumberWords.Cardinal(number));

    [Theory]
    [InlineData(1, "first")]
    [InlineData(3, "third")]
    [InlineData(12, "twelfth")]
    [InlineData(20, "twentieth")]
    [InlineData(23, "twenty-third")]
    [InlineData(100, "one hundredth")]
    [InlineData(101, "one hundred first")]
    public void Ordinal_words(long number, string expected) => Assert.Equal(expected, NumberWords.Ordinal(number));

    [Fact]
    public void Footnote_markers_become_references_and_reject_syntax()
    {
        Assert.Equal("[^1][^*]", FootnoteMarkers.Format(["1", "*"]));
        Assert.Throws<ArgumentException>(() => FootnoteMarkers.Format(["1]"]));
    }
}
