namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>A font file found on disk, with the family and style its name table declares.</summary>
public sealed record FontFileInfo(string Path, string Family, string Subfamily, FontStyle? Style);
