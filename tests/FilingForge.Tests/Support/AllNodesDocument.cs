using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Tests.Support;

/// <summary>
/// A document that uses every block and inline kind of the IR (tests/FilingForge.Tests/Parsing/AllNodes.md),
/// parsed. Writer tests drive it through every writer so that no node kind goes unrendered.
/// </summary>
public static class AllNodesDocument
{
    public static string MarkdownPath => Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Parsing", "AllNodes.md");

    public static DocumentProperties Properties { get; } = new(
        Title: "Every Node of the Document IR",
        Subject: "Test document",
        Company: "Capstone Turbine Corporation",
        Author: "FilingForge tests",
        Date: new DateOnly(2003, 4, 30),
        Preliminary: false);

    /// <summary>The parsed document; fails the calling test if parsing reported anything.</summary>
    public static FilingDocument Load()
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownParser.Parse(File.ReadAllText(MarkdownPath), "all-nodes", Properties, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Sorted()));
        return document;
    }
}
