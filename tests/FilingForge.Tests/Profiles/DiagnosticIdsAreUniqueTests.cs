using System.Reflection;
using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// A diagnostic ID means one thing: no two of FilingForge's own descriptors share one, and no tie-out a shipped profile
/// declares takes an ID that a C# descriptor still uses (a rule moved into a profile takes its ID with it).
/// </summary>
public class DiagnosticIdsAreUniqueTests
{
    private static IEnumerable<DiagnosticDescriptor> BuiltIn() =>
        typeof(DiagnosticDescriptor).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void No_two_built_in_descriptors_share_an_id()
    {
        var shared = BuiltIn().GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void No_tie_out_of_a_shipped_profile_takes_an_id_a_built_in_descriptor_uses()
    {
        var builtIn = BuiltIn().Select(d => d.Id).ToHashSet();
        foreach (var name in ProfileCatalog.Names(RepositoryPaths.At("profiles")))
        {
            var profile = ProfileReader.Read(RepositoryPaths.At("profiles/" + name), new DiagnosticBag())!;
            Assert.DoesNotContain(profile.TieOuts, t => builtIn.Contains(t.Descriptor.Id));
            Assert.Equal(profile.TieOuts.Count, profile.TieOuts.Select(t => t.Descriptor.Id).Distinct().Count());
        }
    }
}
