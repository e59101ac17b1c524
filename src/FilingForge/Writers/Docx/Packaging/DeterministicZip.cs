using System.IO.Compression;

namespace FilingForge.Writers.Docx.Packaging;

/// <summary>
/// Rewrites a package so that identical content gives identical bytes: entries in a fixed order (the named ones first,
/// then the rest by ordinal name), every entry stamped with the same time, written to a seekable buffer so the zip
/// layout never depends on the output stream.
/// </summary>
public static class DeterministicZip
{
    public static byte[] Repack(byte[] package, DateTimeOffset timestamp, IReadOnlyList<string> leadingEntries)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var content = new MemoryStream(checked((int)entry.Length));
                stream.CopyTo(content);
                entries.Add((entry.FullName, content.ToArray()));
            }
        }

        entries.Sort((x, y) => Compare(x.Name, y.Name, leadingEntries));
        using var output = new MemoryStream(package.Length + 1024);
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

    private static int Compare(string x, string y, IReadOnlyList<string> leading)
    {
        var rankX = Rank(x, leading);
        var rankY = Rank(y, leading);
        return rankX != rankY ? rankX.CompareTo(rankY) : string.CompareOrdinal(x, y);
    }

    private static int Rank(string name, IReadOnlyList<string> leading)
    {
        for (var i = 0; i < leading.Count; i++)
            if (string.Equals(leading[i], name, StringComparison.Ordinal))
                return i;
        return leading.Count;
    }
}
