using FilingForge.Cards;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cards;

public sealed class CardRunTests(CardFixture cards) : IClassFixture<CardFixture>
{
    [Fact]
    public void The_same_register_and_key_give_byte_identical_cards_and_manifest()
    {
        var register = cards.Register("same", 40);
        var (a, _, outA) = cards.Run(register, "same-a");
        var (b, _, outB) = cards.Run(register, "same-b");
        Assert.True(a.Succeeded && b.Succeeded);
        Assert.Equal(40, a.Cards);
        Assert.Equal(File.ReadAllBytes(Path.Combine(outA, "cards.pdf")), File.ReadAllBytes(Path.Combine(outB, "cards.pdf")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(outA, "cards-manifest.csv")), File.ReadAllBytes(Path.Combine(outB, "cards-manifest.csv")));
    }

    [Fact]
    public void A_different_key_gives_different_control_numbers()
    {
        var register = cards.Register("keys", 30);
        var (_, _, outA) = cards.Run(register, "key-a");
        var (_, _, outB) = cards.Run(register, "key-b", key: "another-key-0123456789"u8.ToArray());
        var a = CardFixture.Manifest(Path.Combine(outA, "cards-manifest.csv"));
        var b = CardFixture.Manifest(Path.Combine(outB, "cards-manifest.csv"));
        Assert.Equal(a.Select(r => r[0]), b.Select(r => r[0]));
        Assert.All(a.Zip(b), pair => Assert.NotEqual(pair.First[1], pair.Second[1]));
    }

    [Fact]
    public void The_manifest_gives_every_holder_a_valid_unique_number_and_its_page_range()
    {
        var (result, _, output) = cards.Run(cards.Register("manifest", 25), "manifest");
        var rows = CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv"));
        var pages = cards.Template.Pages.Count;
        Assert.Equal(25, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct().Count());
        Assert.All(rows, r => Assert.True(r[1].Length == 13 && Luhn.IsValid(r[1])));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (i * pages + 1, (i + 1) * pages)), rows.Select(r => (int.Parse(r[3]), int.Parse(r[4]))));
        Assert.All(rows, r => Assert.Equal("cards.pdf", r[2]));
        Assert.Equal(1, result.Files);
    }

    [Fact]
    public void Four_shards_together_equal_the_unsharded_run()
    {
        var register = cards.Register("shards", 37);
        var (_, _, whole) = cards.Run(register, "shard-whole", o => o with { PerHolder = true });
        var wholeRows = CardFixture.Manifest(Path.Combine(whole, "cards-manifest.csv"));
        var shardRows = new List<string[]>();
        for (var k = 1; k <= 4; k++)
        {
            var (result, _, output) = cards.Run(register, "shard-parts", o => o with { PerHolder = true, Shard = new ShardSpec(k, 4) });
            Assert.True(result.Succeeded);
            shardRows.AddRange(CardFixture.Manifest(Path.Combine(output, $"cards-{k}-of-4-manifest.csv")));
        }

        Assert.Equal(wholeRows.Select(r => string.Join(",", r)), shardRows.Select(r => string.Join(",", r)));
        foreach (var row in wholeRows)
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, row[2])), File.ReadAllBytes(Path.Combine(cards.Root, "shard-parts", row[2])));
    }

    [Fact]
    public void Shards_of_one_file_number_the_same_holders_the_same_way()
    {
        var register = cards.Register("shards-single", 21);
        var (_, _, whole) = cards.Run(register, "single-whole");
        var expected = CardFixture.Manifest(Path.Combine(whole, "cards-manifest.csv")).Select(r => r[0] + "," + r[1]);
        var actual = new List<string>();
        for (var k = 1; k <= 4; k++)
        {
            var (_, _, output) = cards.Run(register, "single-parts", o => o with { Shard = new ShardSpec(k, 4) });
            actual.AddRange(CardFixture.Manifest(Path.Combine(output, $"cards-{k}-of-4-manifest.csv")).Select(r => r[0] + "," + r[1]));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Volumes_split_the_cards_every_N_holders_with_pages_counted_per_file()
    {
        var (result, _, output) = cards.Run(cards.Register("volumes", 23), "volumes", o => o with { VolumeSize = 10 });
        var rows = CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv"));
        Assert.Equal(3, result.Files);
        Assert.Equal(["cards-0001.pdf", "cards-0002.pdf", "cards-0003.pdf"], rows.Select(r => r[2]).Distinct());
        Assert.Equal([10, 10, 3], rows.GroupBy(r => r[2]).Select(g => g.Count()));
        Assert.Equal("1", rows[10][3]);
        Assert.All(rows.Select(r => r[2]).Distinct(), f => Assert.True(File.Exists(Path.Combine(output, f))));
    }

    private const string RegisterWithBadRows =
        "holder_id,name_1,name_2,address_1,address_2,address_3,shares\n" +
        "A1,Anna Almgren,,1 Main Street,,\"Palo Alto, CA\",100\n" +
        "A2,,,2 Main Street,,,50\n" +
        "A3,Karen Clark,,3 Main Street,,,-5\n" +
        "A4,Eliot Protsch,,4 Main Street,,,70\n" +
        "A1,Anna Again,,1 Main Street,,,1\n";

    [Fact]
    public void Skipping_bad_rows_warns_with_their_lines_and_cards_the_rest()
    {
        var register = cards.WriteRegister("bad-skip", RegisterWithBadRows);
        var (result, diagnostics, output) = cards.Run(register, "bad-skip");
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Cards);
        Assert.Equal(3, result.BadRows);
        Assert.False(diagnostics.HasErrors);
        Assert.Equal([("FF7002", 3), ("FF7003", 4), ("FF7004", 6)],
            diagnostics.Items.Where(d => d.Id != "FF7010").Select(d => (d.Id, d.Location.Line)));
        Assert.Contains(diagnostics.Items, d => d.Id == "FF7010");
        Assert.Equal(["A1", "A4"], CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv")).Select(r => r[0]));
    }

    [Fact]
    public void Failing_on_bad_rows_writes_nothing()
    {
        var register = cards.WriteRegister("bad-fail", RegisterWithBadRows);
        var (result, diagnostics, output) = cards.Run(register, "bad-fail", o => o with { FailOnBadRow = true });
        Assert.False(result.Succeeded);
        Assert.Equal(["FF7002", "FF7003", "FF7004"], diagnostics.Items.Select(d => d.Id));
        Assert.All(diagnostics.Items, d => Assert.Equal(FilingForge.Diagnostics.Severity.Error, d.Severity));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_holder_the_card_cannot_print_is_a_bad_row_not_an_empty_box_or_a_line_off_the_card()
    {
        var register = cards.WriteRegister("unprintable",
            "holder_id,name_1,name_2,address_1,address_2,address_3,shares\n" +
            "B1,Søren Kjærgaard,,1 Main Street,,,100\n" +
            "B2,王小明,,2 Main Street,,,50\n" +
            $"B3,{string.Join(" ", Enumerable.Repeat("Kjærgaard-Lefèvre", 12))},,3 Main Street,,,70\n");
        var (result, diagnostics, output) = cards.Run(register, "unprintable");
        Assert.True(result.Succeeded);
        Assert.Equal([("FF7013", 3), ("FF7014", 4)], diagnostics.Items.Where(d => d.Id != "FF7010").Select(d => (d.Id, d.Location.Line)));
        Assert.Contains("U+738B", diagnostics.Items[0].Message);
        Assert.Equal(["B1"], CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv")).Select(r => r[0]));

        var (failed, errors, _) = cards.Run(register, "unprintable-fail", o => o with { FailOnBadRow = true });
        Assert.False(failed.Succeeded);
        Assert.Equal(["FF7013", "FF7014"], errors.Items.Select(d => d.Id));
    }

    [Fact]
    public void Each_holder_s_card_is_the_sample_card_laid_out_as_a_card_its_front_and_its_reverse()
    {
        Assert.Equal(2, cards.Template.Pages.Count);
        Assert.All(cards.Template.Pages, page => Assert.Single(page.Items.OfType<FilingForge.Writers.Pdf.Layout.RuleItem>(), r => r.Dashed && r.X1 < page.Width / 4));
    }

    [Fact]
    public void Every_card_uses_the_one_layout_as_form_xobjects()
    {
        var (_, _, output) = cards.Run(cards.Register("forms", 50), "forms");
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(output, "cards.pdf")));
        var forms = System.Text.RegularExpressions.Regex.Matches(pdf, "/Subtype /Form").Count;
        Assert.Equal(cards.Template.Pages.Count, forms);
    }

    [ToolFact("qpdf", Install = "apt-get install qpdf")]
    public void Every_card_file_passes_qpdf_check()
    {
        var (_, _, output) = cards.Run(cards.Register("qpdf", 30), "qpdf", o => o with { VolumeSize = 12 });
        foreach (var file in Directory.GetFiles(output, "*.pdf"))
        {
            var check = ExternalTool.Run("qpdf", ["--check", file]);
            Assert.True(check.ExitCode == 0, check.StandardOutput + check.StandardError);
        }
    }

    [ToolFact("pdftotext", Install = "apt-get install poppler-utils")]
    public void Spot_checked_pages_show_the_holders_name_shares_and_control_number()
    {
        var register = cards.Register("spot", 60, seed: 11);
        var (_, _, output) = cards.Run(register, "spot");
        var rows = CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv"));
        var holders = new HolderRegisterReader(register, new FilingForge.Diagnostics.DiagnosticBag()).Read().ToDictionary(h => h.Id);
        foreach (var row in new[] { rows[0], rows[17], rows[^1] })
        {
            var text = ExternalTool.Run("pdftotext", ["-f", row[3], "-l", row[4], Path.Combine(output, row[2]), "-"]).StandardOutput;
            var holder = holders[row[0]];
            Assert.Contains(holder.RegisteredNames[0], text);
            Assert.Contains(holder.Shares.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.Contains(string.Join(" ", row[1][..4], row[1][4..8], row[1][8..12], row[1][12..]), text);
        }
    }
}
