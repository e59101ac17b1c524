using FilingForge.Templating.Tables;

namespace FilingForge.Tests.Templating;

/// <summary>Template stage, table cells: the data tree types every number as decimal, and a text column prints it as it printed an int.</summary>
public sealed class CellFormatterTests
{
    [Theory]
    [InlineData(2002)]
    [InlineData(2002L)]
    public void A_text_column_prints_a_whole_number_the_same_whether_it_is_a_decimal_or_an_int(object number)
    {
        Assert.Equal(CellFormatter.Format(number, "text", false, false, null), CellFormatter.Format(2002m, "text", false, false, null));
        Assert.Equal("2002", CellFormatter.Format(2002m, "text", false, false, null));
    }
}
