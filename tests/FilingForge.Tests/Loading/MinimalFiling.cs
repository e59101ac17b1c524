using System.Text;
using FilingForge.Loading;

namespace FilingForge.Tests.Loading;

/// <summary>
/// Writes the smallest filing folder the loader accepts: every data file with only its required keys, each given a
/// plain value of its type. Derived from the model by the loader's own shapes, so it follows the model as it changes;
/// folder test cases lay their files over it.
/// </summary>
internal static class MinimalFiling
{
    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var kind in DataFileKind.All)
            File.WriteAllText(Path.Combine(directory, kind.BaseName + ".yaml"), Yaml(kind.ModelType), new UTF8Encoding(false));
    }

    /// <summary>The required keys of <paramref name="modelType"/> as YAML.</summary>
    public static string Yaml(Type modelType)
    {
        var text = new StringBuilder();
        WriteMapping(text, ModelShape.For(modelType), indent: 0);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, ModelShape shape, int indent)
    {
        var required = shape.Members.Where(m => m.IsRequired).ToArray();
        if (required.Length == 0)
        {
            text.Append(' ', indent).Append("{}\n");
            return;
        }

        foreach (var member in required)
        {
            text.Append(' ', indent).Append(member.Key).Append(':');
            if (member.Value.Kind == ValueKind.Object)
            {
                text.Append('\n');
                WriteMapping(text, ModelShape.For(member.Value.ClrType), indent + 2);
            }
            else
            {
                text.Append(' ').Append(Scalar(member.Value)).Append('\n');
            }
        }
    }

    private static string Scalar(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Text or ValueKind.Markdown => "\"x\"",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal => "1",
        ValueKind.Boolean => "false",
        ValueKind.Date => "2003-01-01",
        ValueKind.Enum => shape.EnumValues[0].Key,
        ValueKind.List => "[]",
        ValueKind.Dictionary => "{}",
        _ => throw new InvalidOperationException($"{shape.Kind} is written as a nested mapping."),
    };
}
