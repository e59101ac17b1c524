using System.Collections;
using System.Reflection;
using FilingForge.Loading;
using FilingForge.Model;

namespace FilingForge.Checks;

/// <summary>
/// Visits every loaded object of a filing and every numeric field, for rules that hold for all fields alike
/// (no negative amounts, no percentage over 100). Reflection keeps those rules from listing fields by hand and
/// missing the one added next year.
/// </summary>
public static class ModelWalker
{
    /// <summary>A numeric value: its node, its C# property, and the data key as the user wrote it.</summary>
    public sealed record NumericField(ModelNode Node, PropertyInfo Property, decimal Value)
    {
        public string Name => Describe(Node, Property.Name);
    }

    public static IEnumerable<ModelNode> Nodes(Filing filing)
    {
        var queue = new Queue<ModelNode>(typeof(Filing).GetProperties().Select(p => p.GetValue(filing)).OfType<ModelNode>());
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            yield return node;
            foreach (var property in Properties(node.GetType()))
            {
                var value = property.GetValue(node);
                if (value is ModelNode child) queue.Enqueue(child);
                else if (value is IEnumerable list and not string)
                    foreach (var item in list.OfType<ModelNode>()) queue.Enqueue(item);
            }
        }
    }

    /// <summary>A Markdown value (a biography, a report): its node, its C# property name and the text.</summary>
    public sealed record MarkdownField(ModelNode Node, string Property, MarkdownText Text);

    /// <summary>Every Markdown value of the filing, so that its content is checked wherever next year's field puts one.</summary>
    public static IEnumerable<MarkdownField> MarkdownFields(Filing filing) =>
        Nodes(filing).SelectMany(node => Properties(node.GetType())
            .Select(p => (p.Name, Value: p.GetValue(node)))
            .Where(p => p.Value is MarkdownText)
            .Select(p => new MarkdownField(node, p.Name, (MarkdownText)p.Value!)));

    public static IEnumerable<NumericField> NumericFields(Filing filing) =>
        Nodes(filing).SelectMany(node => Properties(node.GetType()).SelectMany(p => Numbers(node, p)));

    /// <summary>The field as a user finds it: <c>summary-compensation.yaml#officers[1].years[0].salary</c>.</summary>
    public static string Describe(ModelNode node, string propertyName)
    {
        var key = DataKeyNaming.ToDataKey(propertyName);
        return node.DataPath.Length == 0 ? key : $"{node.DataPath}.{key}";
    }

    private static IEnumerable<NumericField> Numbers(ModelNode node, PropertyInfo property)
    {
        var value = property.GetValue(node);
        switch (value)
        {
            case int i: yield return new(node, property, i); break;
            case long l: yield return new(node, property, l); break;
            case decimal d: yield return new(node, property, d); break;
            case IEnumerable<decimal> ds: foreach (var d in ds) yield return new(node, property, d); break;
            case IEnumerable<long> ls: foreach (var l in ls) yield return new(node, property, l); break;
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(ModelNode));
}
