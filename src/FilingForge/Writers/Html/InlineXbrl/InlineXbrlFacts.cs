namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>What an Inline XBRL document holds: its schemaRef, contexts, units and facts in document order, and what could not be read.</summary>
public sealed record InlineXbrlFacts(
    string? SchemaRef,
    IReadOnlyDictionary<string, InlineContext> Contexts,
    IReadOnlyDictionary<string, InlineUnit> Units,
    IReadOnlyList<InlineFact> Facts,
    IReadOnlyList<InlineXbrlReadError> Errors);
