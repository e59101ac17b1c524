using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The hidden <c>ix:header</c> at the top of the body: the facts no page prints, the schema reference to the company's
/// extension taxonomy, and the resources (every context the facts use, with the entity's identifier, and the units).
/// </summary>
internal static class InlineXbrlHeaderWriter
{
    public static void Write(HtmlOutput output, InlineXbrlHeader header, FactContexts contexts)
    {
        output.Open("div").Attribute("style", "display: none").EndOpen().Line();
        output.Tag("ix:header").Line();
        WriteHidden(output, header, contexts);
        output.Tag("ix:references").Line();
        output.Open("link:schemaRef").Attribute("xlink:type", "simple").Attribute("xlink:href", header.Extension.SchemaFile).EndVoid().Line();
        output.Close("ix:references").Line();
        output.Tag("ix:resources").Line();
        foreach (var context in contexts.All) WriteContext(output, header, contexts.IdOf(context), context);
        foreach (var unit in header.Units) WriteUnit(output, unit);
        output.Close("ix:resources").Line();
        output.Close("ix:header").Line();
        output.Close("div").Line();
    }

    private static void WriteHidden(HtmlOutput output, InlineXbrlHeader header, FactContexts contexts)
    {
        if (header.Hidden.Count == 0) return;
        output.Tag("ix:hidden").Line();
        foreach (var fact in header.Hidden)
        {
            output.Open("ix:nonNumeric").Attribute("name", fact.Tag.Concept).Attribute("contextRef", contexts.IdOf(fact.Tag.Context))
                .Attribute("id", ContinuationChain.FactId(fact.Tag)).EndOpen().Text(fact.Value).Close("ix:nonNumeric").Line();
        }

        output.Close("ix:hidden").Line();
    }

    private static void WriteContext(HtmlOutput output, InlineXbrlHeader header, string id, FactContext context)
    {
        output.Open("xbrli:context").Attribute("id", id).EndOpen().Line();
        output.Tag("xbrli:entity").Line();
        output.Open("xbrli:identifier").Attribute("scheme", header.EntityScheme).EndOpen().Text(header.EntityIdentifier).Close("xbrli:identifier").Line();
        if (context.Dimensions.Count > 0)
        {
            output.Tag("xbrli:segment").Line();
            foreach (var dimension in context.Dimensions) WriteMember(output, dimension);
            output.Close("xbrli:segment").Line();
        }

        output.Close("xbrli:entity").Line();
        output.Tag("xbrli:period").Line();
        if (context.Period.Start is { } start)
        {
            output.Tag("xbrli:startDate").Text(Date(start)).Close("xbrli:startDate").Line();
            output.Tag("xbrli:endDate").Text(Date(context.Period.End)).Close("xbrli:endDate").Line();
        }
        else
        {
            output.Tag("xbrli:instant").Text(Date(context.Period.End)).Close("xbrli:instant").Line();
        }

        output.Close("xbrli:period").Line();
        output.Close("xbrli:context").Line();
    }

    private static void WriteMember(HtmlOutput output, FactDimension dimension)
    {
        if (dimension.TypedDomain is { } domain)
        {
            output.Open("xbrldi:typedMember").Attribute("dimension", dimension.Axis).EndOpen()
                .Tag(domain).Text(dimension.Member).Close(domain).Close("xbrldi:typedMember").Line();
            return;
        }

        output.Open("xbrldi:explicitMember").Attribute("dimension", dimension.Axis).EndOpen().Text(dimension.Member).Close("xbrldi:explicitMember").Line();
    }

    private static void WriteUnit(HtmlOutput output, XbrlUnit unit)
    {
        output.Open("xbrli:unit").Attribute("id", unit.Id).EndOpen()
            .Tag("xbrli:measure").Text(unit.Measure).Close("xbrli:measure").Close("xbrli:unit").Line();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
