namespace FilingForge.Templating.Tables;

/// <summary>A part of a definition that remembers where each of its keys' values was written, for diagnostics about them.</summary>
public interface ILocatedDefinition
{
    Dictionary<string, Diagnostics.SourceLocation> Locations { get; }
}
