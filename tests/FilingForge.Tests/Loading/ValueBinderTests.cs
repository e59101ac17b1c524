using FilingForge.Computation;
using FilingForge.Tests.Support.ModelReflection;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Model;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The Load stage's binder, through the projection the stages after read: the value tree it builds from a file's
/// declaration in the profile, seen as the typed model of the 1992 form.
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

    /// <summary>Each model class these tests read, with its data file in the profile and its projection.</summary>
    private static readonly Dictionary<Type, (string File, Func<FilingForge.Values.ObjectValue, ModelNode> Project)> Files = new()
    {
        [typeof(AuditorFeesFile)] = ("auditor-fees", FilingForge.Loading.Projection.AuditorFeesProjection.Of),
        [typeof(BeneficialOwnershipFile)] = ("beneficial-ownership", FilingForge.Loading.Projection.BeneficialOwnershipProjection.Of),
        [typeof(ProxyCardFile)] = ("proxy-card", FilingForge.Loading.Projection.ProxyCardProjection.Of),
        [typeof(SummaryCompensationFile)] = ("summary-compensation", FilingForge.Loading.Projection.SummaryCompensationProjection.Of),
    };

    private static T? Bind<T>(string yaml, FileDiagnostics diagnostics, string fileName = "file.yaml") where T : ModelNode
    {
        var root = YamlTreeReader.Read(yaml, "data/" + fileName, diagnostics);
        if (root is null) return null;
        var (file, project) = Files[typeof(T)];
        var profile = FilingForge.Tests.Support.TestProfile.Default;
        return ValueBinder.Bind(root, profile.File(file)!, profile, fileName, diagnostics) is { } values ? (T)project(values) : null;
    }

    private static T Bind<T>(string yaml, string fileName = "file.yaml") where T : ModelNode
    {
        var diagnostics = new FileDiagnostics("file.yaml");
        var bound = Bind<T>(yaml, diagnostics, fileName);
        Assert.Empty(diagnostics.Items);
        return bound!;
    }

    [Fact]
    public void Data_path_names_the_file_then_keys_and_zero_based_list_indexes()
    {
        var file = Bind<SummaryCompensationFile>(SummaryCompensation, "summary-compensation.yaml");

        Assert.Equal("summary-compensation.yaml", file.DataPath);
        Assert.Equal("summary-compensation.yaml#officers[1]", file.Officers[1].DataPath);
        Assert.Equal("summary-compensation.yaml#officers[1].years[0]", file.Officers[1].Years[0].DataPath);
        Assert.Equal("summary-compensation.yaml#officers[1].years[1].all_other_components[0]",
            file.Officers[1].Years[1].AllOtherComponents[0].DataPath);
    }

    [Fact]
    public void Every_object_and_field_remembers_where_its_value_was_written()
    {
        var file = Bind<SummaryCompensationFile>(SummaryCompensation, "summary-compensation.yaml");

        var year = file.Officers[1].Years[0];
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 13, 9), year.Location);
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 14, 17), year.LocationOf(nameof(CompensationYear.Salary)));
        // A block scalar is located at its indicator, `|`.
        Assert.Equal(new SourceLocation("data/summary-compensation.yaml", 1, 15), file.LocationOf(nameof(SummaryCompensationFile.Introduction)));
        // An absent field falls back to its object's location.
        Assert.Equal(year.Location, year.LocationOf(nameof(CompensationYear.LtipPayouts)));
    }

    [Fact]
    public void Decimals_keep_their_exact_digits()
    {
        var year = Bind<SummaryCompensationFile>(SummaryCompensation).Officers[1].Years[0];

        Assert.Equal(0.3m, year.Bonus + year.OtherAnnualCompensation);
        Assert.Equal("235096.10", year.Salary!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Absent_optional_members_keep_their_declared_defaults()
    {
        var file = Bind<SummaryCompensationFile>(SummaryCompensation);

        var first = file.Officers[0];
        Assert.Empty(first.Notes);
        Assert.Empty(first.Years[0].Notes);
        Assert.Null(first.Years[0].Bonus);
        Assert.Equal(5, file.Officers[1].Years[0].SecuritiesUnderlyingOptions);
        Assert.Equal(["7", "8"], file.Officers[1].Years[1].Notes["salary"]);
        Assert.Equal("The table below.\n", file.Introduction.Value);

        var card = Bind<ProxyCardFile>("proxies: [a]\ninternet_voting_url: u\ntelephone_voting_number: t\nelectronic_voting_availability: e\n");
        Assert.True(card.AskAboutAttendance);
        Assert.Null(card.Nominees);
        Assert.Null(card.AnnualReportUrl);
    }

    [Fact]
    public void Enum_values_are_written_in_snake_case()
    {
        var ownership = Bind<BeneficialOwnershipFile>("""
            as_of: 2003-04-11
            percent_basis: outstanding_only
            introduction: x
            owners: []
            group: {label: g, members: [], shares: 0, acquirable_within_60_days: 0}
            footnotes: []
            """);

        Assert.Equal(PercentBasis.OutstandingOnly, ownership.PercentBasis);
        Assert.Equal(new DateOnly(2003, 4, 11), ownership.AsOf);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("2003")]
    [InlineData("1.50")]
    [InlineData("2003-05-30")]
    public void Text_members_take_any_plain_scalar_as_written(string scalar)
    {
        var fees = Bind<AuditorFeesFile>($"auditor: {scalar}\nyears: []\nfootnotes: []\n");

        Assert.Equal(scalar, fees.Auditor);
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

        Bind<AuditorFeesFile>($"auditor: a\nfootnotes: []\nyears:\n  - {entry}\n", diagnostics);

        Assert.Equal(expectedId is null ? [] : [expectedId], diagnostics.Items.Select(d => d.Id));
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_mapping_and_names_its_line()
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        var bound = Bind<AuditorFeesFile>("auditor: a\nfootnotes: []\nyears:\n  - audit_fees: 5\n", diagnostics);

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

        Bind<AuditorFeesFile>("auditor: a\nfootnotes: []\nyears:\n  - year: 2002\n    audit_fees: 0x4E5E8\n", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF1024", d.Id);
        Assert.EndsWith("write the number in decimal digits, not hexadecimal or octal", d.Message);
    }

    [Fact]
    public void A_typo_in_a_key_never_passes_and_suggests_the_member()
    {
        var diagnostics = new FileDiagnostics("file.yaml");

        Bind<AuditorFeesFile>("auditor: a\nfootnotes: []\nyears:\n  - year: 2002\n    audit_fess: 5\n", diagnostics);

        var typo = Assert.Single(diagnostics.Items);
        Assert.Equal("FF1020", typo.Id);
        Assert.EndsWith("did you mean `audit_fees`?", typo.Message);
    }
}
