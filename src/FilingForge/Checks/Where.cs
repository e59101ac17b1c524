using FilingForge.Diagnostics;
using FilingForge.Model;

namespace FilingForge.Checks;

/// <summary>Locations of values that are not fields of their own, such as the strings of a list.</summary>
public static class Where
{
    /// <summary>
    /// The element <paramref name="index"/> of list field <paramref name="property"/>, when the loader recorded it
    /// under <c>Property[index]</c>; otherwise the list field; otherwise the object.
    /// </summary>
    public static SourceLocation Item(ModelNode node, string property, int index)
    {
        var item = node.LocationOf($"{property}[{index}]");
        return item != node.Location ? item : node.LocationOf(property);
    }
}
