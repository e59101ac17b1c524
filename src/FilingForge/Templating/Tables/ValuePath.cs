using System.Collections;
using System.Globalization;

namespace FilingForge.Templating.Tables;

/// <summary>
/// Resolves a dotted path in the template value tree. A missing key is an error the caller reports (the definition
/// names something the data does not have); a path that runs through a nil value, or past the end of a list, is nil.
/// </summary>
public static class ValuePath
{
    public readonly record struct Result(bool Found, object? Value, string MissingKey)
    {
        public static Result Nil => new(true, null, "");
    }

    public static Result Resolve(object? root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            switch (current)
            {
                case null:
                    return Result.Nil;
                case IReadOnlyDictionary<string, object?> map:
                    if (!map.TryGetValue(segment, out current)) return new Result(false, null, segment);
                    break;
                case IList list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index):
                    current = index < list.Count ? list[index] : null;
                    break;
                default:
                    return new Result(false, null, segment);
            }
        }

        return new Result(true, current, "");
    }
}
