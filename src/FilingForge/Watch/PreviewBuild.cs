using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Watch;

/// <summary>
/// A build that succeeded: each document's IR (which the other formats and the change highlights are made from), the
/// theme it was written with, and the HTML preview of each document. Never changed once made: readers hold it while
/// a newer one is built.
/// </summary>
public sealed class PreviewBuild
{
    public PreviewBuild(int generation, IReadOnlyList<FilingDocument> documents, Theme theme, IReadOnlyDictionary<string, byte[]> pages)
    {
        Generation = generation;
        Documents = documents;
        Theme = theme;
        Pages = pages;
        Outputs = new OnDemandOutputs(this);
    }

    /// <summary>Counts good builds from 1: a page showing an older generation fetches the new one.</summary>
    public int Generation { get; }

    public IReadOnlyList<FilingDocument> Documents { get; }

    public Theme Theme { get; }

    /// <summary>The HTML preview of each document, by document name.</summary>
    public IReadOnlyDictionary<string, byte[]> Pages { get; }

    /// <summary>The Word, PDF and EDGAR files of this build, written when first asked for.</summary>
    public OnDemandOutputs Outputs { get; }

    public FilingDocument? Find(string documentName) => Documents.FirstOrDefault(d => d.Name == documentName);
}
