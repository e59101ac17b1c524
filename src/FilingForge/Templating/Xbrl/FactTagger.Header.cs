using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Profiles.Xbrl;

namespace FilingForge.Templating.Xbrl;

/// <summary>
/// The header the tagged document carries once its facts are known: the taxonomies and the company's extension
/// (named after its ticker and fiscal year end, declaring the members the facts use), the entity, the units and
/// concepts the facts use, and the hidden facts.
/// </summary>
public sealed partial class FactTagger
{
    /// <summary>The document's header: taxonomies, entity, extension, units, the concepts used and the hidden facts.</summary>
    public InlineXbrlHeader Header()
    {
        var hidden = _declaration.Hidden.Select((fact, index) => Hidden(fact, index)).OfType<HiddenFact>().ToList();
        var used = _facts.Values.Concat(hidden.Select(h => h.Tag)).ToList();
        var concepts = used.Select(t => t.Concept).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => _declaration.Concepts[c])
            .Select(c => new XbrlConcept(c.QName, c.Duration, c.Kind is XbrlConceptKind.Monetary or XbrlConceptKind.Number))
            .ToList();
        var extension = Extension(used);
        var namespaces = _declaration.Taxonomies.Select(t => new XbrlNamespace(t.Prefix, t.Namespace, t.Schema))
            .Append(new XbrlNamespace(extension.Prefix, extension.Namespace, null)).ToList();
        var units = _declaration.Units.Where(u => used.Any(t => t.Unit == u.Id)).Select(u => new XbrlUnit(u.Id, u.Measure)).ToList();
        var identifier = Lookup(_declaration.Entity.Identifier)?.ToString() ?? "";
        return new InlineXbrlHeader(namespaces, _declaration.Entity.Scheme, identifier, extension, units, concepts, hidden) { Disclosure = _declaration.Disclosure };
    }

    private HiddenFact? Hidden(XbrlHiddenFact fact, int index)
    {
        var raw = fact.Constant ?? Lookup(fact.Field!)?.ToString();
        if (raw is null) return null;
        var value = fact.Values.GetValueOrDefault(raw, raw);
        var year = FiscalYear(_root, fact.Year, fact.Concept, SourceLocation.None) ?? _fiscalYearEnd.Year;
        var shape = new XbrlFactShape(fact.Concept, [], null, null, false);
        var tag = NewTag(shape, Context(year, shape, null), false, null, null) with { Id = "h" + (index + 1).ToString(CultureInfo.InvariantCulture) };
        return new HiddenFact(tag, value);
    }

    private ExtensionTaxonomy Extension(IReadOnlyList<FactTag> used)
    {
        var prefix = ExtensionPrefix;
        var stamp = FiscalYears.Of(FiscalYear(_root, _declaration.ReportingYear, "extension", SourceLocation.None) ?? _fiscalYearEnd.Year, _fiscalYearEnd)
            .End.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        // The Check stage holds the website to a web host (FF4123).
        var website = ExtensionNames.Host(Lookup(_declaration.Entity.Website)?.ToString() ?? "") ?? prefix;
        var members = used.SelectMany(t => t.Context.Dimensions).Where(d => !d.IsTyped && d.Member.StartsWith(prefix + ":", StringComparison.Ordinal))
            .Select(d => d.Member[(prefix.Length + 1)..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => _declaration.Members.First(m => m.Name == name))
            .Select(m => new ExtensionMember(m.Name, m.Label, m.Axis))
            .ToList();
        return new ExtensionTaxonomy(prefix, $"http://{website}/{stamp}", $"{prefix}-{stamp}", members);
    }
}
