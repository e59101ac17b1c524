using System.IO.Compression;

namespace FilingForge.Review.Redline;

/// <summary>Repacks a package with its entries sorted by name and stamped with one time, so equal content gives equal bytes.</summary>
internal static class RedlineZip
{
    public static byte[] Repack(byte[] package, DateTimeOffset timestamp)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var content = new MemoryStream();
                stream.CopyTo(content);
                entries.Add((entry.FullName, content.ToArray()));
            }
        }

        // [Content_Types].xml first, as Word and LibreOffice expect; the rest by ordinal name.
        entries.Sort((x, y) => (x.Name == "[Content_Types].xml", y.Name == "[Content_Types].xml") switch
        {
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(x.Name, y.Name),
        });
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = timestamp;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
