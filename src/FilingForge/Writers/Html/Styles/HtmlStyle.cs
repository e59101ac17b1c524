namespace FilingForge.Writers.Html.Styles;

public readonly record struct CssDeclaration(string Property, string Value)
{
    public override string ToString() => $"{Property}:{Value}";
}

/// <summary>Whether a style applies to every element of a name (<c>h1</c>) or only to elements carrying a class.</summary>
public enum StyleScope
{
    Element,
    Class,
}

/// <summary>
/// One named look, derived from the theme. The preview dialect writes it once into its style sheet and refers to it
/// (an element selector or a class); the EDGAR dialect, which has no style sheet, writes its declarations inline.
/// </summary>
public sealed record HtmlStyle(string Name, StyleScope Scope, IReadOnlyList<CssDeclaration> Declarations)
{
    public string Selector => Scope == StyleScope.Element ? Name : "." + Name;

    public static HtmlStyle Element(string name, params CssDeclaration[] declarations) => new(name, StyleScope.Element, declarations);

    public static HtmlStyle Class(string name, params CssDeclaration[] declarations) => new(name, StyleScope.Class, declarations);

    /// <summary>The declarations of several styles in order, a later one overriding an earlier one of the same property.</summary>
    public static IReadOnlyList<CssDeclaration> Merge(IEnumerable<CssDeclaration> declarations)
    {
        var merged = new List<CssDeclaration>();
        foreach (var declaration in declarations)
        {
            var index = merged.FindIndex(d => d.Property == declaration.Property);
            if (index >= 0) merged[index] = declaration;
            else merged.Add(declaration);
        }

        return merged;
    }

    public static string Inline(IEnumerable<CssDeclaration> declarations) => string.Join(";", declarations);
}
