namespace FilingForge.Templating.Scriban;

/// <summary>
/// The bounds of one document's render, so that a runaway template (nested loops over every person, a chain of
/// includes) ends in a located diagnostic within a fraction of a second instead of megabytes of text. The defaults are
/// far above what a real filing needs: the sample's proxy statement, its largest document, is about 68,000 characters.
/// </summary>
public sealed record RenderLimits(int LoopSteps, int DocumentCharacters, int IncludeDepth)
{
    public static readonly RenderLimits Default = new(LoopSteps: 100_000, DocumentCharacters: 4_000_000, IncludeDepth: 32);
}
