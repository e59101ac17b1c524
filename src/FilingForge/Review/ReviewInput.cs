using FilingForge.Document;

namespace FilingForge.Review;

/// <summary>
/// One side of a comparison: the IR of its documents and, when it came from data, the data folder (for the data
/// diff). <see cref="Label"/> names it in the blackline ("data/capstone-2003", "v2003-final:data/capstone-2003").
/// </summary>
public sealed record ReviewInput(string Label, IReadOnlyList<FilingDocument> Documents, string? DataDirectory);
