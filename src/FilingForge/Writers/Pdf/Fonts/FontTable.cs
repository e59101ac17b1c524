namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>Where one table of a font file lies.</summary>
public readonly record struct FontTable(string Tag, int Offset, int Length);
