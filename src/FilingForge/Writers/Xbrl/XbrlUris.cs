namespace FilingForge.Writers.Xbrl;

/// <summary>
/// The fixed names of XBRL 2.1, XBRL Dimensions 2006 and the Data Type Registry that every extension taxonomy uses:
/// namespaces, the official schema URLs a DTS loads them from, and the standard roles and arcroles.
/// </summary>
internal static class XbrlUris
{
    public const string XmlSchema = "http://www.w3.org/2001/XMLSchema";
    public const string XmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string XLink = "http://www.w3.org/1999/xlink";

    public const string Instance = "http://www.xbrl.org/2003/instance";
    public const string InstanceSchema = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd";
    public const string Linkbase = "http://www.xbrl.org/2003/linkbase";
    public const string LinkbaseSchema = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";
    public const string Dimensions = "http://xbrl.org/2005/xbrldt";
    public const string DimensionsSchema = "http://www.xbrl.org/2005/xbrldt-2005.xsd";
    public const string DtrTypes = "http://www.xbrl.org/dtr/type/2022-03-31";
    public const string DtrTypesSchema = "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd";

    public const string StandardLinkRole = "http://www.xbrl.org/2003/role/link";
    public const string LabelRole = "http://www.xbrl.org/2003/role/label";
    public const string ConceptLabelArcrole = "http://www.xbrl.org/2003/arcrole/concept-label";
    public const string ParentChildArcrole = "http://www.xbrl.org/2003/arcrole/parent-child";
    public const string LinkbaseArcrole = "http://www.w3.org/1999/xlink/properties/linkbase";

    public const string LabelLinkbaseRef = "http://www.xbrl.org/2003/role/labelLinkbaseRef";
    public const string PresentationLinkbaseRef = "http://www.xbrl.org/2003/role/presentationLinkbaseRef";
    public const string DefinitionLinkbaseRef = "http://www.xbrl.org/2003/role/definitionLinkbaseRef";

    /// <summary>The XBRL Dimensions arcroles, by the id of their arcroleType in <see cref="DimensionsSchema"/>.</summary>
    public static string DimensionArcrole(string id) => "http://xbrl.org/int/dim/arcrole/" + id;
}
