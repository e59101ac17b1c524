using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Html.InlineXbrl;

internal sealed partial class InlineXbrlCheckRun
{
    public void CheckFacts(InlineXbrlFacts document, IReadOnlyList<XbrlConcept> concepts)
    {
        foreach (var error in document.Errors) ReportReadError(error);
        var declared = concepts.GroupBy(c => c.QName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var undeclaredReported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in document.Facts)
        {
            var context = CheckReferences(fact, document);
            if (fact.Numeric) CheckNumeric(fact);
            if (declared.TryGetValue(fact.Name, out var concept)) CheckPeriodType(fact, concept, context);
            else if (undeclaredReported.Add(fact.Name)) Report(InlineXbrlDiagnostics.UnknownConcept, fact.Line, fact.Column, fact.Name);
        }

        CheckDuplicates(document.Facts);
    }

    /// <summary>The fact's context, when its contextRef resolves; an unresolved contextRef or unitRef is reported.</summary>
    private InlineContext? CheckReferences(InlineFact fact, InlineXbrlFacts document)
    {
        if (fact.UnitRef is { } unit && !document.Units.ContainsKey(unit))
            Report(InlineXbrlDiagnostics.UnknownUnit, fact.Line, fact.Column, Describe(fact), unit);
        if (fact.ContextRef is not { } id) return null;
        if (document.Contexts.TryGetValue(id, out var context)) return context;
        Report(InlineXbrlDiagnostics.UnknownContext, fact.Line, fact.Column, Describe(fact), id);
        return null;
    }

    private void CheckNumeric(InlineFact fact)
    {
        if (fact.UnitRef is null) Report(InlineXbrlDiagnostics.NumericWithoutUnit, fact.Line, fact.Column, Describe(fact));
        if (fact.Decimals is null && !fact.Nil) Report(InlineXbrlDiagnostics.NumericWithoutDecimals, fact.Line, fact.Column, Describe(fact));
    }

    private void CheckPeriodType(InlineFact fact, XbrlConcept concept, InlineContext? context)
    {
        if (context is null || concept.Duration == context.Period.IsDuration) return;
        Report(InlineXbrlDiagnostics.PeriodTypeMismatch, fact.Line, fact.Column, fact.Name,
            concept.Duration ? "duration" : "instant", context.Id, context.Period.IsInstant ? "instant" : "duration", context.Period);
    }

    /// <summary>Facts of one concept, context and unit must agree: numbers after rounding to the smaller decimals, text exactly.</summary>
    private void CheckDuplicates(IReadOnlyList<InlineFact> facts)
    {
        var first = new Dictionary<(string, string?, string?), InlineFact>();
        foreach (var fact in facts.Where(f => !f.Nil && (!f.Numeric || f.Number is not null)))
        {
            var key = (fact.Name, fact.ContextRef, fact.UnitRef);
            if (!first.TryAdd(key, fact) && first[key] is var earlier && !Agree(earlier, fact))
                Report(InlineXbrlDiagnostics.InconsistentDuplicate, fact.Line, fact.Column,
                    fact.Name, fact.ContextRef, Value(fact), Value(earlier), earlier.Line);
        }
    }

    private static bool Agree(InlineFact a, InlineFact b)
    {
        if (!a.Numeric || !b.Numeric) return a.Numeric == b.Numeric && a.Text == b.Text;
        var decimals = Math.Min(a.DecimalPlaces ?? int.MaxValue, b.DecimalPlaces ?? int.MaxValue);
        return Rounded(a.Number!.Value, decimals) == Rounded(b.Number!.Value, decimals);
    }

    /// <summary>Rounds to <paramref name="decimals"/> places (negative: to tens, hundreds, …), half away from zero as XBRL 2.1 does.</summary>
    private static decimal Rounded(decimal value, int decimals)
    {
        if (decimals >= 28) return value;
        if (decimals >= 0) return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var factor = 1m;
        for (var i = 0; i < Math.Min(-decimals, 28); i++) factor *= 10;
        return Math.Round(value / factor, MidpointRounding.AwayFromZero) * factor;
    }

    private static string Value(InlineFact fact) =>
        fact.Numeric ? fact.Number!.Value.ToString(CultureInfo.InvariantCulture)
        : fact.Text.Length <= 60 ? $"'{fact.Text}'" : $"'{fact.Text[..57]}...'";

    private static string Describe(InlineFact fact) => fact.Id is null ? fact.Name : $"{fact.Name} (id '{fact.Id}')";
}
