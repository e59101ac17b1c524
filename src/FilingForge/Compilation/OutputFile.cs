namespace FilingForge.Compilation;

/// <summary>A file a build produced, before it is moved into the output folder.</summary>
public sealed record OutputFile(string FileName, string Document, string Format, byte[] Content, int? PageCount);
