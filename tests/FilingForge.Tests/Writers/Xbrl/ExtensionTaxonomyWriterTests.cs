using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Xbrl;

namespace FilingForge.Tests.Writers.Xbrl;

public sealed class ExtensionTaxonomyWriterTests
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private const string Dim = "http://xbrl.org/int/dim/arcrole/";

    private static readonly Dictionary<string, string> Stubs = new()
    {
        [TaxonomyTestDocuments.EcdSchema] = "http://xbrl.sec.gov/ecd/2023",
        [TaxonomyTestDocuments.DeiSchema] = "http://xbrl.sec.gov/dei/2023",
        [TaxonomyTestDocuments.UsGaapSchema] = "http://fasb.org/us-gaap/2023",
        ["https://www.xbrl.org/dtr/type/2022-03-31/types.xsd"] = "http://www.xbrl.org/dtr/type/2022-03-31",
    };

    private static IReadOnlyList<(string FileName, byte[] Content)> Files() => ExtensionTaxonomyWriter.Write(TaxonomyTestDocuments.Document());

    private static XDocument Parse(string suffix) => XDocument.Parse(Encoding.UTF8.GetString(Files().Single(f => f.FileName.EndsWith(suffix, StringComparison.Ordinal)).Content));

    [Fact]
    public void The_four_files_are_named_from_the_stem_in_a_fixed_order()
    {
        Assert.Equal(["cbt-20230930.xsd", "cbt-20230930_lab.xml", "cbt-20230930_pre.xml", "cbt-20230930_def.xml"], Files().Select(f => f.FileName));
    }

    [Fact]
    public void Two_runs_write_the_same_bytes_in_utf8_without_a_bom_and_with_lf_line_ends()
    {
        var first = Files();
        var second = Files();

        foreach (var (a, b) in first.Zip(second))
        {
            Assert.Equal(a.Content, b.Content);
            Assert.False(a.Content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), a.FileName);
            Assert.DoesNotContain((byte)'\r', a.Content);
            Assert.Equal((byte)'\n', a.Content[^1]);
        }
    }

    [Fact]
    public void Every_file_is_well_formed_xml()
    {
        foreach (var (name, content) in Files())
        {
            var exception = Record.Exception(() => XDocument.Parse(Encoding.UTF8.GetString(content)));
            Assert.True(exception is null, $"{name}: {exception?.Message}");
        }
    }

    [Fact]
    public void The_schema_compiles_against_the_xbrl_schemas_it_imports()
    {
        var set = SchemaSet();
        using var reader = XmlReader.Create(new MemoryStream(Files()[0].Content));
        set.Add(XmlSchema.Read(reader, (_, e) => throw e.Exception)!);
        set.Compile();

        var member = (XmlSchemaElement)set.GlobalElements[new XmlQualifiedName("ReportedValueOfEquityAwardsMember", "http://www.cc.com/20230930")]!;
        Assert.True(member.IsAbstract);
        Assert.Equal(new XmlQualifiedName("item", "http://www.xbrl.org/2003/instance"), member.SubstitutionGroup);
    }

    [Fact]
    public void Each_linkbase_is_valid_against_the_xbrl_linkbase_and_dimensions_schemas()
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = SchemaSet() };
        // Warnings included: an element the schemas do not cover (no schema information) is a failure too.
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.Schemas.Add(null, "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd");
        settings.Schemas.Add(null, "http://www.xbrl.org/2005/xbrldt-2005.xsd");
        settings.Schemas.Add(null, "http://www.w3.org/2001/xml.xsd");
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);

        foreach (var (name, content) in Files().Skip(1))
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            while (reader.Read()) { }
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Every_member_is_declared_once_as_an_abstract_duration_domain_item_with_the_sec_id()
    {
        var elements = Parse(".xsd").Root!.Elements(Xs + "element").ToList();

        foreach (var member in TaxonomyTestDocuments.Header().Extension.Members)
        {
            var declared = Assert.Single(elements, e => (string?)e.Attribute("name") == member.Name);
            Assert.Equal("cbt_" + member.Name, (string?)declared.Attribute("id"));
            Assert.Equal("dtr-types:domainItemType", (string?)declared.Attribute("type"));
            Assert.Equal("xbrli:item", (string?)declared.Attribute("substitutionGroup"));
            Assert.Equal("true", (string?)declared.Attribute("abstract"));
            Assert.Equal("true", (string?)declared.Attribute("nillable"));
            Assert.Equal("duration", (string?)declared.Attribute(XNamespace.Get("http://www.xbrl.org/2003/instance") + "periodType"));
        }
    }

    [Fact]
    public void The_schema_imports_the_taxonomies_by_their_official_urls()
    {
        var imports = Parse(".xsd").Root!.Elements(Xs + "import").ToDictionary(e => (string)e.Attribute("namespace")!, e => (string)e.Attribute("schemaLocation")!);

        Assert.Equal(TaxonomyTestDocuments.EcdSchema, imports["http://xbrl.sec.gov/ecd/2023"]);
        Assert.Equal(TaxonomyTestDocuments.DeiSchema, imports["http://xbrl.sec.gov/dei/2023"]);
        Assert.Equal(TaxonomyTestDocuments.UsGaapSchema, imports["http://fasb.org/us-gaap/2023"]);
        Assert.Equal("http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd", imports["http://www.xbrl.org/2003/instance"]);
        Assert.DoesNotContain("http://www.xbrl.org/2003/iso4217", imports.Keys);
    }

    [Fact]
    public void Every_locator_points_at_an_extension_element_or_an_official_schema_with_the_sec_fragment()
    {
        var ids = Parse(".xsd").Root!.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var official = new[] { TaxonomyTestDocuments.EcdSchema, TaxonomyTestDocuments.DeiSchema, TaxonomyTestDocuments.UsGaapSchema };

        foreach (var suffix in new[] { "_lab.xml", "_pre.xml", "_def.xml" })
        {
            foreach (var href in Parse(suffix).Descendants(Link + "loc").Select(l => (string)l.Attribute(XLink + "href")!))
            {
                var (file, fragment) = (href.Split('#')[0], href.Split('#')[1]);
                var valid = file == "cbt-20230930.xsd" ? ids.Contains(fragment) : official.Contains(file) && fragment.Contains('_');
                Assert.True(valid, $"{suffix}: {href}");
            }
        }
    }

    [Fact]
    public void Every_arc_joins_labels_of_its_own_extended_link_and_every_role_ref_a_declared_role()
    {
        var roleIds = Parse(".xsd").Descendants(Link + "roleType").Select(r => (string)r.Attribute("id")!).ToHashSet();
        foreach (var suffix in new[] { "_lab.xml", "_pre.xml", "_def.xml" })
        {
            var linkbase = Parse(suffix);
            foreach (var link in linkbase.Root!.Elements().Where(e => (string?)e.Attribute(XLink + "type") == "extended"))
            {
                var labels = link.Elements().Select(e => (string?)e.Attribute(XLink + "label")).OfType<string>().ToHashSet();
                foreach (var arc in link.Elements().Where(e => (string?)e.Attribute(XLink + "type") == "arc"))
                {
                    Assert.Contains((string)arc.Attribute(XLink + "from")!, labels);
                    Assert.Contains((string)arc.Attribute(XLink + "to")!, labels);
                }
            }

            foreach (var roleRef in linkbase.Descendants(Link + "roleRef"))
                Assert.Contains(((string)roleRef.Attribute(XLink + "href")!).Split('#')[1], roleIds);
        }
    }

    [Fact]
    public void The_definition_puts_each_member_under_its_axis_domain_and_gives_the_typed_axis_no_domain()
    {
        var arcs = Arcs("_def.xml");

        Assert.Contains(("all", "loc_ecd_PayVsPerformanceDisclosureLineItems", "loc_ecd_PvpTable"), arcs);
        Assert.Contains(("dimension-domain", "loc_ecd_ExecutiveCategoryAxis", "loc_ecd_AllExecutiveCategoriesMember"), arcs);
        // XLink allows one arc per pair of locators in a link: the default points at a second locator of the domain.
        Assert.Contains(("dimension-default", "loc_ecd_AdjToCompAxis", "loc_ecd_AllAdjToCompMember_2"), arcs);
        Assert.Contains(("domain-member", "loc_ecd_AllExecutiveCategoriesMember", "loc_ecd_PeoMember"), arcs);
        Assert.Contains(("domain-member", "loc_ecd_AllAdjToCompMember", "loc_cbt_EquityAwardsAdjustmentsMember"), arcs);
        Assert.Contains(("hypercube-dimension", "loc_ecd_PvpTable", "loc_ecd_MeasureAxis"), arcs);
        Assert.DoesNotContain(arcs, a => a.From == "loc_ecd_MeasureAxis" && a.Arcrole != "hypercube-dimension");
        Assert.Contains(("domain-member", "loc_ecd_PayVsPerformanceDisclosureLineItems", "loc_ecd_AdjToCompAmt"), arcs);
        Assert.DoesNotContain(arcs, a => a.To == "loc_dei_DocumentType");
    }

    [Fact]
    public void The_typed_axis_has_a_table_of_its_own_so_that_facts_without_it_stay_dimensionally_valid()
    {
        var links = Parse("_def.xml").Root!.Elements(Link + "definitionLink").ToList();

        Assert.Equal(["http://www.cc.com/role/PayVsPerformanceDisclosure", "http://www.cc.com/role/PayVsPerformanceDisclosureTypedAxes"],
            links.Select(l => (string)l.Attribute(XLink + "role")!));
        bool HasMeasureAxis(XElement link) => link.Elements(Link + "definitionArc").Any(a => (string)a.Attribute(XLink + "to")! == "loc_ecd_MeasureAxis");
        Assert.False(HasMeasureAxis(links[0]));
        Assert.True(HasMeasureAxis(links[1]));
    }

    [Fact]
    public void The_presentation_orders_the_children_of_each_parent_from_one_and_presents_the_cover_apart()
    {
        var presentation = Parse("_pre.xml");
        var links = presentation.Root!.Elements(Link + "presentationLink").ToList();

        Assert.Equal(["http://www.cc.com/role/PayVsPerformanceDisclosure", "http://www.cc.com/role/Cover"], links.Select(l => (string)l.Attribute(XLink + "role")!));
        foreach (var siblings in links.SelectMany(l => l.Elements(Link + "presentationArc")).GroupBy(a => (a.Parent, (string)a.Attribute(XLink + "from")!)))
            Assert.Equal(Enumerable.Range(1, siblings.Count()).Select(i => i.ToString()), siblings.Select(a => (string)a.Attribute("order")!));
    }

    [Fact]
    public void An_axis_and_its_domain_come_from_the_disclosure_the_profile_declares()
    {
        var disclosure = XbrlDisclosure.PayVersusPerformance with
        {
            Axes = [.. XbrlDisclosure.PayVersusPerformance.Axes, new XbrlAxis("us-gaap:StatementGeographicalAxis", "us-gaap:SegmentGeographicalDomain")],
        };
        var header = TaxonomyTestDocuments.Header([new ExtensionMember("NorthMember", "North", "us-gaap:StatementGeographicalAxis")]) with { Disclosure = disclosure };

        var definition = Encoding.UTF8.GetString(ExtensionTaxonomyWriter.Write(TaxonomyTestDocuments.Document(header)).Single(f => f.FileName.EndsWith("_def.xml", StringComparison.Ordinal)).Content);

        Assert.Contains("xlink:from=\"loc_us-gaap_StatementGeographicalAxis\" xlink:to=\"loc_us-gaap_SegmentGeographicalDomain\"", definition);
        Assert.Contains("xlink:from=\"loc_us-gaap_SegmentGeographicalDomain\" xlink:to=\"loc_cbt_NorthMember\"", definition);
    }

    [Fact]
    public void The_schema_of_the_small_document_matches_its_snapshot()
    {
        Snapshot.Verify(Encoding.UTF8.GetString(Files()[0].Content), "xsd", name: "SmallDocument");
    }

    private static List<(string Arcrole, string From, string To)> Arcs(string suffix) =>
        Parse(suffix).Descendants(Link + "definitionArc")
            .Select(a => (((string)a.Attribute(XLink + "arcrole")!).Replace(Dim, ""), (string)a.Attribute(XLink + "from")!, (string)a.Attribute(XLink + "to")!))
            .ToList();

    private static XmlSchemaSet SchemaSet() => new() { XmlResolver = new OfflineTaxonomyResolver(Stubs) };
}
