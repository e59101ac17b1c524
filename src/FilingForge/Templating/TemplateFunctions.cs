namespace FilingForge.Templating;

/// <summary>
/// The helpers templates may call, independent of the engine. A value function returns data (a formatted string is
/// escaped like any value; a bool serves conditions). A fragment function returns Markdown that FilingForge itself
/// generated (a table block, a footnote reference) and is written unescaped; it also receives the render's
/// <see cref="TemplateScope"/>. Functions report misuse by throwing <see cref="TemplateException"/>, which the engine
/// turns into a diagnostic at the calling template line.
/// </summary>
public sealed class TemplateFunctions
{
    private readonly SortedDictionary<string, Func<IReadOnlyList<object?>, object?>> _values = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Func<IReadOnlyList<object?>, TemplateScope, string>> _fragments = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Func<IReadOnlyList<object?>, object?>> Values => _values;
    public IReadOnlyDictionary<string, Func<IReadOnlyList<object?>, TemplateScope, string>> Fragments => _fragments;

    public TemplateFunctions Value(string name, Func<IReadOnlyList<object?>, object?> function)
    {
        _values.Add(name, function);
        return this;
    }

    public TemplateFunctions Fragment(string name, Func<IReadOnlyList<object?>, string> function) =>
        Fragment(name, (arguments, _) => function(arguments));

    public TemplateFunctions Fragment(string name, Func<IReadOnlyList<object?>, TemplateScope, string> function)
    {
        _fragments.Add(name, function);
        return this;
    }
}
