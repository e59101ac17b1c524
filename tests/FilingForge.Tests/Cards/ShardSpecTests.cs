using FilingForge.Cards;

namespace FilingForge.Tests.Cards;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 1)]
    [InlineData(7, 4)]
    [InlineData(100_000, 4)]
    [InlineData(10, 3)]
    public void Shards_are_contiguous_disjoint_and_cover_the_register(long total, int count)
    {
        long next = 0;
        for (var k = 1; k <= count; k++)
        {
            var (start, end) = new ShardSpec(k, count).RangeOf(total);
            Assert.Equal(next, start);
            Assert.True(end >= start);
            next = end;
        }

        Assert.Equal(total, next);
    }

    [Theory]
    [InlineData("1/4", true)]
    [InlineData("4/4", true)]
    [InlineData("0/4", false)]
    [InlineData("5/4", false)]
    [InlineData("1/0", false)]
    [InlineData("x/4", false)]
    [InlineData("14", false)]
    public void Shard_arguments_are_parsed_strictly(string text, bool valid)
    {
        Assert.Equal(valid, ShardSpec.TryParse(text, out _));
    }
}
