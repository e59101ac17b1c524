using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;
using FilingForge.Values;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The Load stage's binder: the value tree it builds from a file's declaration in the 1992 form's profile, read by
/// data key as the stages after read it (<see cref="FieldReading"/>).
/// </summary>
public sealed class ValueBinderTests
{
    private const string SummaryCompensation = """
        introduction: |
          The table below.
        officers:
          - person: almgren
            position: President
            years:
              - year: 2002
                salary: 372281
          - person: clark
            position: Chief Financial Officer
            notes: ["4"]
            years:
              - year: 2002
                salary: 235096.10
                bonus: 0.1
                other_annual_compensation: 0.2
                securities_underlying_options: 5
              - year: 2001
                all_other_components:
                  - description: Relocation
                    amount: 1234.50
                notes:
                  salary: ["7", "8"]
        footnotes: []
        """;

    /// <summary>
    /// Binds <paramref name="yaml"/> as the profile's data file <paramref name="file"/> (<c>auditor-fees</c>), written
    /// as <c>data/</c><paramref name="fileName"/>: the binder's tree, or its null.
    /// </summary>
    private static ObjectValue? Bind(string file, string yaml, FileDiagnostics diagnostics, string fileName = "file.yaml")
    {
        var root = YamlTreeReader.Read(yaml, "data/" + fileName, diagnostics);
        if (root is null) return null;
        var profile = TestProfile.Default;
        return ValueBinder.Bind(root, profile.File(file)!, profile, fileName, diagnostics);
    }

    private static ObjectValue Bind(string file, string yaml, string fileName = "file.yaml")
    {
        var diagnostics = new FileDiagnostics("file.yaml");
        var bound = Bind(file, yaml, diagnostics, fileName);
        Assert.Empty(diagnostics.Items);
        return bound!;
    }

    /// <summary>What a scalar field holds; null for a value written as null or an optional field not written.</summary>
    private static object? ValueOf(ObjectValue item, string key) => Assert.IsType<ScalarValue>(item[key]).Value;

    [Fact]
    public void Data_path_names_the_file_then_keys_and_zero_based_list_indexes()
    {
        var file = Bind("summary-compensation", SummaryCompensation, "summary-compensation.yaml");

        var officer = file.Objects("officers")[1];
        Assert.Equal("summary-compensation.yaml", file.Path);
        Assert.Equal("summary-compensation.yaml#officers[1]", officer.Path);
        Assert.Equal("summary-compensation.yaml#officers[1].years[0]", officer.Objects("years")[0].Path);
        Assert.Equal("summary-compensation.yaml#officers[1].years[1].all_other_components[0]",
            officer.Objects("years")[1].Objects("all_other_components")[0].Path);
    }

    [Fact]
    public void Every_object_and_field_remembers_where_its_value_was_written()
    {
        var file = Bind("summary-compensation", SummaryCompensation, "summary-compensation.yaml");

        var year = file.Objects("officers")[1].Objects("years")[0];
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 13, 9), year.Location);
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 14, 17), year.LocationOf("salary"));
        // A block scalar is located at its indicator, `|`.
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 1, 15), file.LocationOf("introduction"));
        // An absent field falls back to its object's location.
        Assert.Equal(year.Location, year.LocationOf("ltip_payouts"));
    }

    [Fact]
    public void Decimals_keep_their_exact_digits()
    {
        var year = Bind("summary-compensation", SummaryCompensation).Objects("officers")[1].Objects("years")[0];

        Assert.Equal(0.3m, year.Number("bonus") + year.Number("other_annual_compensation"));
        Assert.Equal("235096.10", year.Number("salary")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Absent_optional_members_keep_their_declared_defaults()
    {
        var file = Bind("summary-compensation", SummaryCompensation);

        var first = file.Objects("officers")[0];
        var firstYear = first.Objects("years")[0];
        var clark = file.Objects("officers")[1];
        Assert.True(first.HasList("notes"));
        Assert.Empty(first.Texts("notes"));
        Assert.Empty(firstYear.Object("notes")!.Entries);
        Assert.Null(ValueOf(firstYear, "bonus"));
        Assert.Equal(5m, clark.Objects("years")[0].Number("securities_underlying_options"));
        Assert.Equal(["7", "8"], clark.Objects("years")[1].Object("notes")!.Texts("salary"));
        Assert.Equal("The table below.\n", file.Markdown("introduction")!.Value);

        var card = Bind("proxy-card", "proxies: [a]\ninternet_voting_url: u\ntelephone_voting_number: t\nelectronic_voting_availability: e\n");
        Assert.True(card.Flag("ask_about_attendance"));
        Assert.True(card["ask_about_attendance"]!.IsDefault);
        Assert.Null(ValueOf(card, "nominees"));
        Assert.Null(ValueOf(card, "annual_report_url"));
    }

    [Fact]
    public void Enum_values_are_written_in_snake_case()
    {
        const string ownership = """
            as_of: 2003-04-11
            percent_basis: outstanding_only
            introduction: x
            owners: []
            group: {label: g, members: [], shares: 0, acquirable_within_60_days: 0}
            footnotes: []
            """;

        var bound = Bind("beneficial-ownership", ownership);

        Assert.Equal("outstanding_only", bound.Text("percent_basis"));
        Assert.Contains("outstanding_only", TestProfile.Default.Enumerations["PercentBasis"].Values.Select(v => v.Value));
        Assert.Equal(new DateOnly(2003, 4, 11), bound.Date("as_of"));

        // Spelled any other way (as a C# enum member would be), the value is unknown.
        var diagnostics = new FileDiagnostics("file.yaml");
        Assert.Null(Bind("beneficial-ownership", ownership.Replace("outstanding_only", "OutstandingOnly"), diagnostics));
        Assert.Equal(["FF1028"], diagnostics.Items.Select(d => d.Id));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("2003")]
    [InlineData("1.50")]
    [InlineData("2003-05-30")]
    public void Text_members_take_any_plain_scalar_as_written(string scalar)
    {
        var fees = Bind("auditor-fees", $"auditor: {scalar}\nyears: []\nfootnotes: []\n");

        Assert.Equal(scalar, fees.Text("auditor"));
    }

    [Theory]
    [InlineData("year: 2147483647", "FF1029")]
    [InlineData("year: 2147483648", "FF1025")]
    [InlineData("year: -0", "FF1029")]
    [InlineData("year: 007", "FF1024")]
    [InlineData("year: +5", "FF1024")]
    [InlineData("year: 1e3", "FF1024")]
    [InlineData("year: 0x7D3", "FF1024")]
    [InlineData("year: 2_003", "FF1024")]
    [InlineData("year: two", "FF1023")]
    [InlineData("year: 2002\n    audit_fees: .5", "FF1024")]
    [InlineData("year: 2002\n    audit_fees: 1.", "FF1024")]
    [InlineData("year: 2002\n    audit_fees: -1234.5678", null)]
    [InlineData("year: 2002\n    audit_fees: 79228162514264337593543950335", "FF1029")]
    [InlineData("year: 2002\n    audit_fees: 1,234.50", "FF1024")]
    [InlineData("year: 2002\n    audit_fees: 12%", "FF1024")]
    [InlineData("year: 2002\n    audit_fees: .nan", "FF1023")]
    public void Numbers_are_plain_invariant_numerals(string entry, string? expectedId)
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        Bind("auditor-fees", $"auditor: a\nfootnotes: []\nyears:\n  - {entry}\n", diagnostics);

        Assert.Equal(expectedId is null ? [] : [expectedId], diagnostics.Items.Select(d => d.Id));
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_mapping_and_names_its_line()
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        var bound = Bind("auditor-fees", "auditor: a\nfootnotes: []\nyears:\n  - audit_fees: 5\n", diagnostics);

        Assert.Null(bound);
        var missing = Assert.Single(diagnostics.Items);
        Assert.Equal(("FF1021", 4, 5), (missing.Id, missing.Location.Line, missing.Location.Column));
        Assert.Equal(["year", 4], missing.Arguments);
    }

    /// <summary>Issue 16 item 15: 0x4E5E8 was told to drop its exponent.</summary>
    [Fact]
    public void A_hexadecimal_number_is_told_to_be_written_in_decimal_not_to_drop_an_exponent()
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        Bind("auditor-fees", "auditor: a\nfootnotes: []\nyears:\n  - year: 2002\n    audit_fees: 0x4E5E8\n", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF1024", d.Id);
        Assert.EndsWith("write the number in decimal digits, not hexadecimal or octal", d.Message);
    }

    [Fact]
    public void A_typo_in_a_key_never_passes_and_suggests_the_member()
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        Bind("auditor-fees", "auditor: a\nfootnotes: []\nyears:\n  - year: 2002\n    audit_fess: 5\n", diagnostics);

        var typo = Assert.Single(diagnostics.Items);
        Assert.Equal("FF1020", typo.Id);
        Assert.EndsWith("did you mean `audit_fees`?", typo.Message);
    }
}
