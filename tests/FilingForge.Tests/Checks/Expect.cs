using FilingForge.Diagnostics;

namespace FilingForge.Tests.Checks;

/// <summary>Assertions on diagnostics by ID and location, never by message text.</summary>
public static class Expect
{
    /// <summary>The bag holds exactly one diagnostic, with this ID at this location; returns it for argument checks.</summary>
    public static Diagnostic Only(DiagnosticBag bag, string id, SourceLocation location)
    {
        var all = bag.Sorted();
        Assert.True(all.Count == 1, $"expected only {id}, got:\n{string.Join("\n", all)}");
        return At(all[0], id, location);
    }

    /// <summary>Exactly one diagnostic has this ID (others may accompany it), at this location.</summary>
    public static Diagnostic One(DiagnosticBag bag, string id, SourceLocation location)
    {
        var matching = bag.Sorted().Where(d => d.Id == id).ToArray();
        Assert.True(matching.Length == 1, $"expected one {id}, got:\n{string.Join("\n", bag.Sorted())}");
        return At(matching[0], id, location);
    }

    public static IReadOnlyList<string> Ids(DiagnosticBag bag) => bag.Sorted().Select(d => d.Id).ToArray();

    private static Diagnostic At(Diagnostic diagnostic, string id, SourceLocation location)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(location, diagnostic.Location);
        return diagnostic;
    }
}
