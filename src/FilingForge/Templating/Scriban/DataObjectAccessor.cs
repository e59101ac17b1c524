using global::Scriban;
using global::Scriban.Parsing;
using global::Scriban.Runtime;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// How templates read the filing's value tree: an object's members are its keys, nothing else, and nothing can be
/// written. A key the object lacks is left to <see cref="FilingTemplateContext"/>, which reports it with a suggestion.
/// Dictionary lookups only: no reflection over .NET types, so the tool can be compiled ahead of time.
/// </summary>
internal sealed class DataObjectAccessor : IObjectAccessor
{
    public static readonly DataObjectAccessor Instance = new();

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Data(target).Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Data(target).Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => Data(target).ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        Data(target).TryGetValue(member, out value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return index is string key && Data(target).TryGetValue(key, out value);
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => true;

    public Type IndexType => typeof(string);

    private static IReadOnlyDictionary<string, object?> Data(object target) => (IReadOnlyDictionary<string, object?>)target;
}
