using FilingForge.Tests.Support;
using FilingForge.Writers.Docx.Packaging;

namespace FilingForge.Tests.Writers.Docx;

public sealed class PackageTimestampTests
{
    [Fact]
    public void Without_SOURCE_DATE_EPOCH_the_document_date_at_midnight_UTC_is_used()
    {
        var time = PackageTimestamp.For(AllNodesDocument.Properties, epoch: null);

        Assert.Equal(new DateTimeOffset(2003, 4, 30, 0, 0, 0, TimeSpan.Zero), time);
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_wins_over_the_document_date()
    {
        var time = PackageTimestamp.For(AllNodesDocument.Properties, epoch: "1700000000");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), time);
    }

    [Fact]
    public void An_unreadable_SOURCE_DATE_EPOCH_falls_back_to_the_document_date()
    {
        var time = PackageTimestamp.For(AllNodesDocument.Properties, epoch: "yesterday");

        Assert.Equal(new DateTimeOffset(2003, 4, 30, 0, 0, 0, TimeSpan.Zero), time);
    }

    [Fact]
    public void A_time_before_1980_is_clamped_to_the_first_time_a_zip_entry_can_hold()
    {
        var time = PackageTimestamp.For(AllNodesDocument.Properties, epoch: "0");

        Assert.Equal(new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero), time);
    }
}
