using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;

namespace FilingForge.Writers;

/// <summary>A back end: turns one Document IR into the bytes of one format. Writers depend on the IR and the theme only.</summary>
public interface IDocumentWriter
{
    /// <summary>The format's name as the CLI spells it (<c>html</c>, <c>docx</c>, <c>pdf</c>).</summary>
    string Format { get; }

    /// <summary>The file extension including the dot.</summary>
    string Extension { get; }

    void Write(FilingDocument document, Theme theme, Stream output, DiagnosticBag diagnostics);
}
