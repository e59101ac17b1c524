using System.Collections;
using System.Reflection;
using FilingForge.Computation;
using FilingForge.Loading;
using FilingForge.Model;

namespace FilingForge.Templating;

/// <summary>
/// Builds the value tree templates and table definitions read: every data file at the top level under its file's key
/// (<c>meeting</c>, <c>company</c>, …), the derived figures under <c>computed</c>. Members are named as in the data files
/// (snake_case), so a template says <c>meeting.record_date</c> just as <c>meeting.yaml</c> does. The tree is plain
/// dictionaries and lists, so any template engine can read it and a missing key is detectable.
/// A person id (<c>person</c>, <c>chair</c>, <c>members</c>, …) also gets its person: <c>person_record</c>,
/// <c>members_records</c>. Looking up is not computing, so this stays in the Template stage.
/// </summary>
public static class TemplateContextBuilder
{
    /// <summary>Properties that hold one person id.</summary>
    private static readonly HashSet<string> PersonIdProperties = new(StringComparer.Ordinal) { "Person", "Chair", "LetterSigner", "Secretary" };

    /// <summary>Properties that hold a list of person ids.</summary>
    private static readonly HashSet<string> PersonIdListProperties = new(StringComparer.Ordinal) { "Members", "Proxies", "Nominees", "People" };

    public static Dictionary<string, object?> Build(ComputedFiling computed)
    {
        var converter = new Converter(computed.PeopleById);
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in PublicProperties(typeof(Filing)))
            root[DataKeyNaming.ToDataKey(property.Name)] = converter.Convert(property.GetValue(computed.Filing));

        var derived = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in PublicProperties(typeof(ComputedFiling)))
        {
            if (property.Name == nameof(ComputedFiling.Filing)) continue;
            derived[DataKeyNaming.ToDataKey(property.Name)] = converter.Convert(property.GetValue(computed));
        }

        root["computed"] = derived;
        return root;
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> to a copy of the root, converted like the rest.</summary>
    public static Dictionary<string, object?> With(Dictionary<string, object?> root, string key, object? value, ComputedFiling computed)
    {
        var copy = new Dictionary<string, object?>(root, StringComparer.Ordinal)
        {
            [key] = new Converter(computed.PeopleById).Convert(value),
        };
        return copy;
    }

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.DeclaringType != typeof(ModelNode))
            .OrderBy(p => p.MetadataToken);

    private sealed class Converter(IReadOnlyDictionary<string, Person> people)
    {
        private readonly Dictionary<object, object?> _done = new(ReferenceEqualityComparer.Instance);

        public object? Convert(object? value) => value switch
        {
            null => null,
            string or bool or int or long or decimal or double or DateOnly or MarkdownText => value,
            Enum e => DataKeyNaming.ToDataKey(e.ToString()),
            IDictionary dictionary => ConvertDictionary(dictionary),
            IEnumerable list => list.Cast<object?>().Select(Convert).ToList(),
            _ => ConvertObject(value),
        };

        private Dictionary<string, object?> ConvertDictionary(IDictionary dictionary)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in dictionary)
                result[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!] = Convert(entry.Value);
            return result;
        }

        private object? ConvertObject(object value)
        {
            if (_done.TryGetValue(value, out var existing)) return existing;
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _done[value] = result;
            foreach (var property in PublicProperties(value.GetType()))
            {
                if (property.Name == "EqualityContract") continue;
                var key = DataKeyNaming.ToDataKey(property.Name);
                var member = property.GetValue(value);
                result[key] = Convert(member);
                if (PersonIdProperties.Contains(property.Name) && member is string id)
                    result[key + "_record"] = Convert(people.GetValueOrDefault(id));
                else if (PersonIdListProperties.Contains(property.Name) && member is IEnumerable<string> ids)
                    result[key + "_records"] = ids.Select(i => Convert(people.GetValueOrDefault(i))).ToList();
            }

            return result;
        }
    }
}
