using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// Writes the smallest filing folder the loader accepts: every data file of the 1992 form's profile with only its
/// required keys, each given a plain value of its kind (a year is 2003, a count 1). Derived from the profile, so it
/// follows the profile as it changes; folder test cases lay their files over it.
/// </summary>
internal static class MinimalFiling
{
    private static readonly Lazy<Profile> Profile = new(() =>
        ProfileReader.Read(RepositoryPaths.At("profiles/" + ProfileCatalog.DefaultProfile), new DiagnosticBag())
        ?? throw new InvalidOperationException("the default profile does not read"));

    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Profile.Value.Files)
            File.WriteAllText(Path.Combine(directory, file.Name + ".yaml"), Yaml(file), new UTF8Encoding(false));
    }

    /// <summary>The required keys of a data file or object type as YAML.</summary>
    public static string Yaml(ObjectTypeDeclaration type)
    {
        var text = new StringBuilder();
        WriteMapping(text, type, indent: 0);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, ObjectTypeDeclaration type, int indent)
    {
        var required = type.Fields.Where(f => f.Required).ToArray();
        if (required.Length == 0)
        {
            text.Append(' ', indent).Append("{}\n");
            return;
        }

        foreach (var field in required)
        {
            text.Append(' ', indent).Append(field.Key).Append(':');
            if (field.Type is NamedType named && Profile.Value.Types.TryGetValue(named.Name, out var objectType))
            {
                text.Append('\n');
                WriteMapping(text, objectType, indent + 2);
            }
            else
            {
                text.Append(' ').Append(Scalar(field.Type)).Append('\n');
            }
        }
    }

    private static string Scalar(FieldType type) => type switch
    {
        ListType => "[]",
        MapType => "{}",
        NamedType named => Profile.Value.Enumerations[named.Name].Values[0].Value,
        ScalarType { Kind: ScalarKind.Text or ScalarKind.Markdown or ScalarKind.Person } => "\"x\"",
        ScalarType { Kind: ScalarKind.Year } => "2003",
        ScalarType { Kind: ScalarKind.Boolean } => "false",
        ScalarType { Kind: ScalarKind.Date } => "2003-01-01",
        _ => "1",
    };
}
