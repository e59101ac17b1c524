using global::Scriban;
using global::Scriban.Parsing;
using global::Scriban.Runtime;

namespace FilingForge.Templating.Scriban;

/// <summary>
/// The accessor of every value that is not an object of the filing (text, numbers, dates, lists): it has no members,
/// so no template reaches a .NET property such as <c>Length</c> or <c>Count</c>; functions format values instead.
/// </summary>
internal sealed class NoMembersAccessor : IObjectAccessor
{
    public static readonly NoMembersAccessor Instance = new();

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 0;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => [];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => false;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
