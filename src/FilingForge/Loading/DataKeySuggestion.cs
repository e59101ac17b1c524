using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>Name suggestions for data keys: a key typed in another convention (<c>OtherAnnualCompensation</c>, <c>other-annual-compensation</c>) is matched as its snake_case form.</summary>
internal static class DataKeySuggestion
{
    public static string? Closest(string typed, IEnumerable<string> candidates) => NameSuggestion.Closest(typed, candidates, Normalize);

    public static string DidYouMean(string typed, IEnumerable<string> candidates) => NameSuggestion.DidYouMean(typed, candidates, Normalize);

    private static string Normalize(string typed) => DataKeyNaming.ToDataKey(typed.Trim().Replace('-', '_').Replace(' ', '_'));
}
