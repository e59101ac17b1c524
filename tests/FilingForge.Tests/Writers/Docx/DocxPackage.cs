using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Writers.Docx;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>A written .docx opened for tests: its parts as text, pretty-printed for snapshots, and validation.</summary>
public sealed class DocxPackage
{
    private DocxPackage(byte[] bytes, IReadOnlyList<Diagnostic> diagnostics)
    {
        Bytes = bytes;
        Diagnostics = diagnostics;
    }

    public byte[] Bytes { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DocxPackage Write(FilingDocument document, FilingForge.Theming.Theme? theme = null)
    {
        var diagnostics = new DiagnosticBag();
        using var output = new MemoryStream();
        new DocxWriter().Write(document, theme ?? TestTheme.Create(), output, diagnostics);
        return new DocxPackage(output.ToArray(), diagnostics.Sorted());
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    public IReadOnlyList<DateTimeOffset> EntryTimes()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.LastWriteTime).ToArray();
    }

    public string Part(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"no part {name} in the package");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public XDocument Xml(string name) => XDocument.Parse(Part(name));

    public string PrettyPart(string name) => Xml(name).ToString() + "\n";

    public IReadOnlyList<string> ValidationErrors()
    {
        using var stream = new MemoryStream(Bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Path?.XPath}: {e.Description}")
            .ToArray();
    }
}
