using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Tests.Writers.Pdf;

public sealed class PdfObjectWriterTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.00001, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(1.0 / 3, "0.3333")]
    [InlineData(1e7, "10000000")]
    [InlineData(-72.25, "-72.25")]
    public void Reals_are_written_in_fixed_notation_with_invariant_culture(double value, string expected) =>
        Assert.Equal(expected, new PdfReal(value).ToString());

    /// <summary>The byte writer of reals must give exactly what the format string gave before it (the PDFs' bytes depend on it).</summary>
    [Fact]
    public void Reals_written_as_bytes_equal_the_format_string_text()
    {
        static string Reference(double value)
        {
            var text = Math.Round(value, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }

        var random = new Random(17);
        var values = new List<double> { 0, -0.0, 0.00005, -0.00005, 0.00004999, 0.49995, 1e-5, 999_999_999.99995, 1e9, -1e9, 1e12 + 0.5, 612, 792, 72.0001, 0.1 + 0.2 };
        for (var i = 0; i < 200_000; i++)
        {
            var scale = Math.Pow(10, random.Next(-6, 12));
            values.Add((random.NextDouble() - 0.5) * scale);
            values.Add(Math.Round(random.NextDouble() * 800, random.Next(0, 6)));
        }

        Span<byte> bytes = stackalloc byte[PdfReal.MaxBytes];
        foreach (var value in values)
        {
            var n = PdfReal.Write(value, bytes);
            Assert.Equal(Reference(value), Encoding.ASCII.GetString(bytes[..n]));
            Assert.Equal(Reference(value), PdfReal.Format(value));
        }
    }

    [Theory]
    [InlineData("Type", "/Type")]
    [InlineData("A B", "/A#20B")]
    [InlineData("x#y/z(1)", "/x#23y#2Fz#281#29")]
    [InlineData("Qu\u00e9bec", "/Qu#C3#A9bec")]
    public void Names_escape_delimiters_spaces_and_non_ascii_bytes(string name, string expected) =>
        Assert.Equal(expected, new PdfName(name).ToString());

    [Fact]
    public void Literal_strings_escape_backslashes_and_parentheses()
    {
        var text = PdfString.Literal(Encoding.ASCII.GetBytes(@"a\b(c)d"));
        Assert.Equal(@"(a\\b\(c\)d)", text.ToString());
    }

    [Fact]
    public void Non_ascii_text_strings_are_hex_utf16_with_a_byte_order_mark()
    {
        Assert.Equal("<FEFF004A00E9>", PdfString.Text("J\u00e9").ToString());
        Assert.Equal("(Plain)", PdfString.Text("Plain").ToString());
    }

    [Fact]
    public void Arrays_dictionaries_and_references_nest()
    {
        var dictionary = new PdfDictionary("Page")
            .Set("Kids", new PdfArray(new PdfReference(3), PdfNull.Instance, true, 7))
            .Set("Box", PdfArray.OfReals(0, 0.5));
        Assert.Equal("<</Type /Page/Kids [3 0 R null true 7]/Box [0 0.5]>>", dictionary.ToString());
    }

    [Fact]
    public void Each_xref_offset_points_at_its_object_header()
    {
        var bytes = WriteSmallFile();
        var text = Encoding.Latin1.GetString(bytes);
        var startxref = long.Parse(Regex.Match(text, @"startxref\n(\d+)").Groups[1].Value);
        Assert.StartsWith("xref", text[(int)startxref..]);
        var entries = Regex.Matches(text[(int)startxref..], @"(\d{10}) 00000 n\r\n");
        Assert.Equal(4, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var offset = int.Parse(entries[i].Groups[1].Value);
            Assert.StartsWith($"{i + 1} 0 obj", text[offset..]);
        }
    }

    [Fact]
    public void The_same_objects_give_byte_identical_files_with_a_content_derived_id()
    {
        Assert.Equal(WriteSmallFile(), WriteSmallFile());
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", Encoding.Latin1.GetString(WriteSmallFile()));
    }

    [Fact]
    public void Streams_are_flate_compressed_and_decompress_to_the_content()
    {
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 50)));
        var compressed = PdfFileWriter.Deflate(content);
        Assert.True(compressed.Length < content.Length);
        using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var back = new MemoryStream();
        inflate.CopyTo(back);
        Assert.Equal(content, back.ToArray());
    }

    [Fact]
    public void Reserving_without_writing_is_a_bug_reported_at_finish()
    {
        using var file = new PdfFileWriter(new MemoryStream());
        var catalog = file.Reserve();
        Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, null));
    }

    private static byte[] WriteSmallFile()
    {
        using var memory = new MemoryStream();
        using (var file = new PdfFileWriter(memory))
        {
            var pages = file.Reserve();
            var content = file.WriteStream(new PdfDictionary(), Encoding.ASCII.GetBytes("0 0 m 100 100 l S"));
            var page = file.Write(new PdfDictionary("Page").Set("Parent", pages).Set("MediaBox", PdfArray.OfReals(0, 0, 200, 200)).Set("Contents", content));
            file.Write(pages, new PdfDictionary("Pages").Set("Kids", new PdfArray(page)).Set("Count", 1));
            var catalog = file.Write(new PdfDictionary("Catalog").Set("Pages", pages));
            file.Finish(catalog, null);
        }

        return memory.ToArray();
    }
}
