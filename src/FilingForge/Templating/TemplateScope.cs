using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>
/// What one render hands to the helpers that need more than their arguments: the filing's root value tree (tables and
/// charts read their rows from it) and the build's diagnostics. It travels with the render rather than living in the
/// helpers, so one compiled set of templates serves every build.
/// </summary>
/// <param name="Facts">The document's Inline XBRL tagger, when the profile tags it; the fact helpers then mark what they print.</param>
public sealed record TemplateScope(object Root, DiagnosticBag Diagnostics, Xbrl.FactTagger? Facts = null);
