using System.Globalization;
using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;
using FilingForge.Values;
using YamlDotNet.RepresentationModel;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The minimal, valid filing of <c>Checks/Sample/</c> (the seed's figures, a subset of its people), as YAML documents a
/// test changes one thing in and then loads and checks as <c>filingforge check</c> does. Paths are data paths as the
/// value tree names them (<c>beneficial-ownership.yaml#owners[0].stated_percent</c>), values are YAML text
/// (<c>2.58</c>, <c>[a, b]</c>, <c>{ person: aube, shares: 10 }</c>), and a test asserts at <see cref="Checked.At"/>,
/// the line and column the loader recorded for the changed field.
/// </summary>
internal sealed class SampleData
{
    public const long SharesOutstanding = 81_700_735;
    public const long TotalOptionsGrantedToEmployees = 5_720_000;

    private readonly SortedDictionary<string, YamlStream> _files;

    private SampleData(SortedDictionary<string, YamlStream> files) => _files = files;

    public static string Directory => RepositoryPaths.At("tests/FilingForge.Tests/Checks/Sample");

    public static SampleData Load() => Load(Directory);

    /// <summary>The YAML files of another valid filing folder (<c>data/cabot-2024</c>), to change and check the same way.</summary>
    public static SampleData Load(string directory)
    {
        var files = new SortedDictionary<string, YamlStream>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.yaml"))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path)) stream.Load(reader);
            files[Path.GetFileName(path)] = stream;
        }

        return new SampleData(files);
    }

    /// <summary>Writes <paramref name="yaml"/> at the path: replaces the value, or adds the key to its object.</summary>
    public SampleData Set(string path, string yaml)
    {
        var (parent, last) = Parent(path);
        var value = Parse(yaml);
        switch (parent, last)
        {
            case (YamlMappingNode map, string key): map.Children[new YamlScalarNode(key)] = value; break;
            case (YamlSequenceNode list, int index): list.Children[index] = value; break;
            default: throw new ArgumentException($"`{path}` names no field or item of the sample", nameof(path));
        }

        return this;
    }

    /// <summary>Removes the field (so it takes its default) or the list item the path names.</summary>
    public SampleData Remove(string path)
    {
        var (parent, last) = Parent(path);
        switch (parent, last)
        {
            case (YamlMappingNode map, string key): Assert.True(map.Children.Remove(new YamlScalarNode(key)), $"no `{path}` to remove"); break;
            case (YamlSequenceNode list, int index): list.Children.RemoveAt(index); break;
            default: throw new ArgumentException($"`{path}` names no field or item of the sample", nameof(path));
        }

        return this;
    }

    /// <summary>Appends an item to the list the path names.</summary>
    public SampleData Add(string listPath, string yaml)
    {
        Assert.IsType<YamlSequenceNode>(Node(listPath)).Children.Add(Parse(yaml));
        return this;
    }

    /// <summary>Loads the changed sample from a folder of its own and runs every check, as <c>filingforge check</c> does.</summary>
    public Checked Check() => Run(values => FilingChecker.Check(values.Filing, values.Diagnostics));

    /// <summary>Loads the changed sample and runs one check only.</summary>
    public Checked Run(ICheck check) => Run(values => check.Run(new CheckContext(values.Filing, values.Diagnostics)));

    /// <summary>
    /// Loads the changed sample from a folder of its own, as <c>filingforge check</c> does, and gives its values; the
    /// sample must load without errors (Check is not run).
    /// </summary>
    public FilingValues Values()
    {
        FilingValues? loaded = null;
        var result = Run(values => loaded = values.Filing);
        Assert.False(result.Diagnostics.HasErrors, $"the sample does not load:\n{string.Join("\n", result.Diagnostics.Sorted())}");
        Assert.True(loaded is not null, $"the sample does not load:\n{string.Join("\n", result.Diagnostics.Sorted())}");
        return loaded;
    }

    private Checked Run(Action<(FilingValues Filing, DiagnosticBag Diagnostics)> check)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("filingforge-sample-");
        try
        {
            foreach (var (name, stream) in _files)
            {
                using var writer = new StreamWriter(Path.Combine(folder.FullName, name));
                stream.Save(writer, assignAnchors: false);
            }

            var diagnostics = new DiagnosticBag();
            var filing = FilingLoader.Load(folder.FullName, diagnostics);
            if (filing is not null) check((filing, diagnostics));
            return new Checked(diagnostics, filing, DisplayPath.Of(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private YamlNode Node(string path)
    {
        var (parent, last) = Parent(path);
        return (parent, last) switch
        {
            (YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)],
            (YamlSequenceNode list, int index) => list.Children[index],
            _ => throw new ArgumentException($"`{path}` names no field or item of the sample", nameof(path)),
        };
    }

    /// <summary>The node holding the last segment of the path, and that segment: a key or an index.</summary>
    private (YamlNode Parent, object Last) Parent(string path)
    {
        var (file, segments) = DataPathSegments.Split(path);
        YamlNode node = _files[file].Documents[0].RootNode;
        foreach (var segment in segments[..^1])
            node = segment is int index ? ((YamlSequenceNode)node).Children[index] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)segment)];
        return (node, segments[^1]);
    }

    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("value: " + yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("value")];
    }

    /// <summary>What a check of the changed sample gives: every diagnostic of Load and Check, and where values were written.</summary>
    public sealed class Checked(DiagnosticBag diagnostics, FilingValues? values, string folder)
    {
        public DiagnosticBag Diagnostics { get; } = diagnostics;

        /// <summary>
        /// Where the value at the path was written, as the loader recorded it: a field not written is at its object, as
        /// a rule reports a missing value.
        /// </summary>
        public SourceLocation At(string path)
        {
            Assert.True(values is not null, $"the sample does not load:\n{string.Join("\n", Diagnostics.Sorted())}");
            var (file, segments) = DataPathSegments.Split(path);
            DataValue value = values.Files[DataFileNames.BaseNameOf(file)!];
            foreach (var segment in segments)
            {
                var owner = value;
                value = (segment, value) switch
                {
                    (string key, ObjectValue item) => item[key] ?? throw new ArgumentException($"`{path}`: no field `{key}`"),
                    (int index, ListValue list) => list.Items[index],
                    _ => throw new ArgumentException($"`{path}` does not match the sample's shape"),
                };
                if (value.IsDefault) return owner.Location;
            }

            return value.Location;
        }

        /// <summary>A location in a file of the sample's folder, for a diagnostic about a whole file.</summary>
        public SourceLocation File(string name, int line = 0, int column = 0) => new(Path.Combine(folder, name), line, column);
    }

    /// <summary><c>file.yaml#a[0].b</c> as the file name and its keys (strings) and indexes (ints).</summary>
    private static class DataPathSegments
    {
        public static (string File, object[] Segments) Split(string path)
        {
            var hash = path.IndexOf('#');
            Assert.True(hash > 0, $"`{path}` is not a data path (file.yaml#field)");
            var segments = new List<object>();
            foreach (var part in path[(hash + 1)..].Split('.'))
            {
                var bracket = part.IndexOf('[');
                segments.Add(bracket < 0 ? part : part[..bracket]);
                for (var rest = bracket < 0 ? "" : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']') + 1)..])
                    segments.Add(int.Parse(rest[1..rest.IndexOf(']')], CultureInfo.InvariantCulture));
            }

            return (path[..hash], segments.ToArray());
        }
    }
}
