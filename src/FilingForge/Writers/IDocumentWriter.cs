using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Writers;

/// <summary>
/// A back end of the compiler: turns one <see cref="FilingDocument"/> into the bytes of one format.
/// A writer sees only the Document IR and the <see cref="Theme"/>, never the data model or the templates,
/// so every format renders the same document. Writers report what they cannot render to
/// <paramref name="diagnostics"/> (FF6xxx) instead of throwing; exceptions are for bugs and I/O.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The format name the CLI selects the writer by, such as <c>html</c>, <c>docx</c>, <c>pdf</c>.</summary>
    string Format { get; }

    /// <summary>The file extension, with its dot, such as <c>.htm</c>; the file is named <c>{document.Name}{Extension}</c>.</summary>
    string Extension { get; }

    /// <summary>The file name of <paramref name="documentName"/> in this format; a format with naming rules (EDGAR) overrides it.</summary>
    string FileNameFor(string documentName) => documentName + Extension;

    void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics);
}
