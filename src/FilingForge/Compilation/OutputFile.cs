using FilingForge.Document;

namespace FilingForge.Compilation;

/// <summary>
/// A file a build produced, before it is moved into the output folder, with the properties of its document (title,
/// date), which the manifest records so a later comparison of two build folders can name what it compares.
/// </summary>
public sealed record OutputFile(string FileName, string Document, string Format, byte[] Content, int? PageCount, DocumentProperties? Properties = null);
