using System.Collections;
using FilingForge.Diagnostics;
using FilingForge.Model;
using FilingForge.Profiles;

namespace FilingForge.Loading;

/// <summary>
/// Binds a node tree to a model class by reflection, strictly: every key must be a member, every required member
/// must be present, every value must have the member's type. It reports every problem it finds and keeps going,
/// so one run shows all of a file's mistakes; the caller discards the object when anything was reported.
/// Each object learns where it came from (<see cref="ModelNode.Location"/>, <see cref="ModelNode.DataPath"/>) and
/// where each of its fields came from.
/// </summary>
internal sealed partial class ModelBinder
{
    private const string MergeKey = "<<";

    private readonly string _fileName;
    private readonly FileDiagnostics _diagnostics;
    private readonly DeclaredFields _declared;

    private ModelBinder(string fileName, FileDiagnostics diagnostics, DeclaredFields declared)
    {
        _fileName = fileName;
        _diagnostics = diagnostics;
        _declared = declared;
    }

    /// <summary>
    /// The bound object, or null when the tree does not fit <paramref name="type"/> (reported).
    /// <paramref name="fileName"/> starts every data path, such as <c>summary-compensation.yaml#officers[2]</c>.
    /// </summary>
    /// <param name="declared">The profile's declarations of the model's classes: each number is held to its field's range.</param>
    public static ModelNode? Bind(Type type, DataNode root, string fileName, FileDiagnostics diagnostics, DeclaredFields? declared = null)
    {
        var shape = ValueShape.OfRoot(type);
        var binder = new ModelBinder(fileName, diagnostics, declared ?? DeclaredFields.None);
        return binder.TryBind(root, shape, Path.GetFileNameWithoutExtension(fileName), "", null, out var value)
            ? (ModelNode?)value
            : null;
    }

    public static T? Bind<T>(DataNode root, string fileName, FileDiagnostics diagnostics) where T : ModelNode =>
        (T?)Bind(typeof(T), root, fileName, diagnostics);

    /// <param name="label">How messages name the value: its key, or <c>years[1]</c> for a list item.</param>
    /// <param name="path">The value's data path within the file, such as <c>officers[2].years[0]</c>.</param>
    /// <param name="field">The profile's declaration of the value's field, when the profile declares it.</param>
    private bool TryBind(DataNode node, ValueShape shape, string label, string path, FieldDeclaration? field, out object? value)
    {
        value = null;
        if (node is DataRejected) return false;
        if (node is DataScalar { IsNull: true })
        {
            if (shape.IsNullable) return true;
            _diagnostics.Report(LoadDiagnostics.NullNotAllowed, node.Location, label);
            return false;
        }

        return shape.Kind switch
        {
            ValueKind.Object => TryBindObject(node, shape, label, path, out value),
            ValueKind.List => TryBindList(node, shape, label, path, field, out value),
            ValueKind.Dictionary => TryBindDictionary(node, shape, label, path, field, out value),
            _ => TryBindScalar(node, shape, label, out value) && WithinRange(node, label, field, value),
        };
    }

    private bool TryBindObject(DataNode node, ValueShape shape, string label, string path, out object? value)
    {
        value = null;
        if (node is not DataMapping mapping) return WrongKind(node, shape, label);

        var model = ModelShape.For(shape.ClrType);
        var declaration = _declared.Of(shape.ClrType);
        var instance = (ModelNode)model.Create();
        instance.Location = mapping.Location;
        instance.DataPath = path.Length == 0 ? _fileName : $"{_fileName}#{path}";

        var ok = true;
        var present = new bool[model.Members.Count];
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (model.Find(key.Value) is not { } member)
            {
                _diagnostics.Report(LoadDiagnostics.UnknownKey, key.Location, key.Value, UnknownKeyHint(key.Value, model));
                ok = false;
                continue;
            }

            present[member.Index] = true;
            if (TryBind(valueNode, member.Value, member.Key, Child(path, member.Key), declaration?.Find(member.Key), out var memberValue))
            {
                member.Property.SetValue(instance, memberValue);
                instance.SetFieldLocation(member.Property.Name, valueNode.Location);
            }
            else
            {
                ok = false;
            }
        }

        foreach (var member in model.Members.Where(m => m.IsRequired && !present[m.Index]))
        {
            _diagnostics.Report(LoadDiagnostics.MissingKey, mapping.Location, member.Key, mapping.Location.Line);
            ok = false;
        }

        value = instance;
        return ok;
    }

    private static string UnknownKeyHint(string key, ModelShape model) =>
        key == MergeKey ? "; YAML merge keys are not supported in filing data: write the keys out in full"
        : DataKeySuggestion.Closest(key, model.Keys) is { } best ? $"; did you mean `{best}`?"
        : $"; expected one of: {string.Join(", ", model.Keys)}";

    private bool TryBindList(DataNode node, ValueShape shape, string label, string path, FieldDeclaration? field, out object? value)
    {
        value = null;
        if (node is not DataSequence sequence) return WrongKind(node, shape, label);

        var ok = true;
        var list = (IList)Activator.CreateInstance(shape.ClrType, sequence.Items.Count)!;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var index = $"[{i}]";
            if (TryBind(sequence.Items[i], shape.Element!, label + index, path + index, field, out var item)) list.Add(item);
            else ok = false;
        }

        value = list;
        return ok;
    }

    private bool TryBindDictionary(DataNode node, ValueShape shape, string label, string path, FieldDeclaration? field, out object? value)
    {
        value = null;
        if (node is not DataMapping mapping) return WrongKind(node, shape, label);

        var ok = true;
        var dictionary = (IDictionary)Activator.CreateInstance(shape.ClrType)!;
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (TryBind(valueNode, shape.Element!, $"{label}.{key.Value}", Child(path, key.Value), field, out var item))
                dictionary.Add(key.Value, item);
            else ok = false;
        }

        value = dictionary;
        return ok;
    }

    private bool WrongKind(DataNode node, ValueShape shape, string label)
    {
        _diagnostics.Report(LoadDiagnostics.WrongKind, node.Location, label, shape.Expectation, node.Describe());
        return false;
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
