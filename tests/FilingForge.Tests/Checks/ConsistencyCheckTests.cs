using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class ConsistencyCheckTests
{
    private static Func<Diagnostics.SourceLocation> Change(ModelNode node, string property)
    {
        Set(node, property, "nobody");
        return () => node.LocationOf(property);
    }

    private static Func<Diagnostics.SourceLocation> ChangeItem(Filing f, ModelNode node, List<string> list, string property)
    {
        list[0] = "nobody";
        return () => node.LocationOf($"{property}[0]");
    }

    /// <summary>Location of a list element after assigning locations (Check assigns them again, identically).</summary>
    private static Diagnostics.SourceLocation Located(Filing f, ModelNode node, string key)
    {
        AssignLocations(f);
        return node.LocationOf(key);
    }
}
