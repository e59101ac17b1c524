using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>The main parts of the all-nodes document, pretty-printed: a change in the Word output shows as a reviewable diff.</summary>
public sealed class DocxWriterSnapshotTests
{
    private static readonly DocxPackage AllNodes = DocxPackage.Write(AllNodesDocument.Load());

    [Fact]
    public void Document_part() => Snapshot.Verify(AllNodes.PrettyPart("word/document.xml"), "xml");

    [Fact]
    public void Styles_part() => Snapshot.Verify(AllNodes.PrettyPart("word/styles.xml"), "xml");

    [Fact]
    public void Chart_part() => Snapshot.Verify(AllNodes.PrettyPart("word/charts/chart1.xml"), "xml");

    [Fact]
    public void Numbering_part() => Snapshot.Verify(AllNodes.PrettyPart("word/numbering.xml"), "xml");

    [Fact]
    public void Package_entries_in_fixed_order() => Snapshot.Verify(string.Join("\n", AllNodes.EntryNames()) + "\n", "txt");

    [Fact]
    public void Relationships_and_properties() => Snapshot.Verify(
        AllNodes.PrettyPart("_rels/.rels") + AllNodes.PrettyPart("word/_rels/document.xml.rels")
        + AllNodes.PrettyPart("docProps/core.xml") + AllNodes.PrettyPart("docProps/app.xml")
        + AllNodes.PrettyPart("[Content_Types].xml"), "xml");
}
