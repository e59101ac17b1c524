using System.Text;
using FilingForge.Cards;
using FilingForge.Diagnostics;

namespace FilingForge.Tests.Cards;

public sealed class HolderRegisterReaderTests
{
    private const string Header = "holder_id,name_1,name_2,address_1,address_2,address_3,shares\n";

    private static (List<Holder> Holders, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ff-register-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, content);
        try
        {
            var diagnostics = new DiagnosticBag();
            var holders = new HolderRegisterReader(path, diagnostics).Read().ToList();
            return (holders, diagnostics.Items);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (List<Holder> Holders, IReadOnlyList<Diagnostic> Diagnostics) Read(string content) => Read(Encoding.UTF8.GetBytes(content));

    [Fact]
    public void A_valid_register_reads_every_holder_with_quoted_fields()
    {
        var (holders, diagnostics) = Read(Header + "H1,\"Marcoux, Jean-René\",,1 Rue X,,\"Montréal, QC\",100\nH2,Karen Clark,John Clark,2 Elm,,LA,0\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["Marcoux, Jean-René"], holders[0].RegisteredNames);
        Assert.Equal(2, holders[1].RegisteredNames.Count);
        Assert.Equal(0, holders[1].Shares);
    }

    [Theory]
    [InlineData("H1,,,a,,b,10\n", "FF7002")]
    [InlineData("H1,Ann,,a,,b,-5\n", "FF7003")]
    [InlineData("H1,Ann,,a,,b,12.5\n", "FF7003")]
    [InlineData("H1,Ann,,a,,b,ten\n", "FF7003")]
    [InlineData("H1,Ann,,a,b,10\n", "FF7001")]
    [InlineData(",Ann,,a,,b,10\n", "FF7006")]
    [InlineData("H1,\"Ann,,a,,b,10\n", "FF7008")]
    public void A_bad_row_is_reported_on_its_line_and_skipped(string row, string id)
    {
        var (holders, diagnostics) = Read(Header + "H0,Zed,,a,,b,1\n" + row + "H9,Yan,,a,,b,2\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(["H0", "H9"], holders.Select(h => h.Id));
    }

    [Fact]
    public void A_duplicate_holder_id_names_the_first_line()
    {
        var (_, diagnostics) = Read(Header + "H1,Ann,,a,,b,1\nH1,Bob,,a,,b,2\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("FF7004", d.Id);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("line 2", d.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "H1,Ann,,a,,b,1\n").Concat(new byte[] { (byte)'H', (byte)'2', (byte)',', 0xC3, 0x28, (byte)'\n' }).ToArray();
        var (holders, diagnostics) = Read(bytes);
        Assert.Equal("FF7005", Assert.Single(diagnostics).Id);
        Assert.Equal(3, diagnostics[0].Location.Line);
        Assert.Single(holders);
    }

    [Fact]
    public void A_wrong_header_stops_the_read()
    {
        var (holders, diagnostics) = Read("id,name,shares\nH1,Ann,1\n");
        Assert.Equal("FF7007", Assert.Single(diagnostics).Id);
        Assert.Empty(holders);
    }

    [Fact]
    public void The_synthetic_register_reads_back_without_diagnostics()
    {
        var writer = new StringWriter();
        SyntheticRegister.Write(writer, 500);
        var (holders, diagnostics) = Read(writer.ToString());
        Assert.Empty(diagnostics);
        Assert.Equal(500, holders.Count);
    }
}
