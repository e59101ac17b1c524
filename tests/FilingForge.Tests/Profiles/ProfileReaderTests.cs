using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// A profile is read as strictly as data: each mistake below is made once in a copy of the 1992 form's profile and
/// must come back as its diagnostic, in the profile file that holds it, at its line.
/// </summary>
public class ProfileReaderTests
{
    private static string SampleProfile => RepositoryPaths.At("profiles/schedule-14a-1992");

    [Fact]
    public void The_1992_form_reads_without_a_diagnostic_and_lists_every_data_file_of_the_sample()
    {
        var diagnostics = new DiagnosticBag();
        var profile = ProfileReader.Read(SampleProfile, diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.NotNull(profile);
        Assert.Equal("schedule-14a-1992", profile.Name);
        var sampleFiles = Directory.GetFiles(RepositoryPaths.SampleData, "*.yaml").Select(Path.GetFileNameWithoutExtension).Where(n => n != "filing");
        Assert.Equal(sampleFiles.Order(StringComparer.Ordinal), profile.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("files/auditor-fees.yaml", "type: list of FeeYear", "type: list of FeeYeer", "FF1504", 10)]
    [InlineData("files/auditor-fees.yaml", "    type: list of Footnote\n    required: true", "    type: list of Footnote\n    requird: true", "FF1502", 15)]
    [InlineData("files/option-grants.yaml", "    type: shares\n", "    type: shares\n    max: 100000000000000000\n", "FF1506", 11)]
    [InlineData("files/auditor-fees.yaml", "    type: text\n", "    type: text\n    min: 1\n", "FF1507", 7)]
    [InlineData("files/auditor-fees.yaml", "    type: markdown\n    nullable: true", "    type: markdown\n    nullable: maybe", "FF1505", 19)]
    [InlineData("types.yaml", "  PostalAddress:\n", "  FilingType:\n    fields: {}\n  PostalAddress:\n", "FF1508", -1)]
    [InlineData("profile.yaml", "  - ethics\n", "  - ethics\n  - annual-report\n", "FF1501", 0)]
    [InlineData("tie-outs.yaml", "[tax_fees]", "[tax_fee]", "FF1511", 13)]
    [InlineData("tie-outs.yaml", "[audit_fees] + [audit_related_fees]", "[audit_fees] + * [audit_related_fees]", "FF1510", 13)]
    [InlineData("tie-outs.yaml", "file: auditor-fees", "file: auditor-fee", "FF1512", 10)]
    [InlineData("tie-outs.yaml", "stated: all_other_compensation", "stated: all_other_components", "FF1513", 20)]
    [InlineData("tie-outs.yaml", "{^person:person}", "{^persn:person}", "FF1511", 23)]
    [InlineData("tie-outs.yaml", "for_each: officers.years", "for_each: officers.yeers", "FF1511", 19)]
    [InlineData("types.yaml", "        type: boolean\n        default: false\n", "        type: boolean\n        default: maybe\n", "FF1518", 71)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: money\n        computed: \"[audit_fees] + [tax_fee]\"\n", "FF1511", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: money\n        computed: \"[audit_fees] +\"\n", "FF1510", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: text\n        computed: \"[audit_fees]\"\n", "FF1515", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: money\n        round: whole\n", "FF1515", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      a:\n        type: money\n        computed: \"[b] + 1\"\n      b:\n        type: money\n        computed: \"[a] * 2\"\n", "FF1516", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: money\n        computed: \"[meting:shares_outstanding]\"\n", "FF1512", 7)]
    [InlineData("types.yaml", "  FeeYear:\n    fields:\n", "  FeeYear:\n    fields:\n      sum:\n        type: money\n        computed: \"[meeting:shares_outstandin]\"\n", "FF1511", 7)]
    [InlineData("documents.yaml", "Proxy Statement for the {meeting.meeting_year}", "Proxy Statement for the {meeting.meeting_yaer}", "FF1511", 7)]
    [InlineData("documents.yaml", "for_each: ethics.signers", "for_each: ethic.signers", "FF1512", 17)]
    [InlineData("documents.yaml", "for_each: ethics.signers", "for_each: ethics.title", "FF1511", 17)]
    [InlineData("documents.yaml", "named_by: person", "named_by: persons", "FF1511", 19)]
    [InlineData("documents.yaml", "company: company.name", "company: company.address", "FF1511", 25)]
    [InlineData("documents.yaml", "    as: signer\n", "", "FF1503", 16)]
    [InlineData("documents.yaml", "    as: signer", "    as: ethics", "FF1505", 18)]
    [InlineData("documents.yaml", "    is: preliminary", "    is: prelimnary", "FF1505", 29)]
    [InlineData("documents.yaml", "date: [meeting.notice_date, meeting.information_date]", "date: [meeting.notice_date, company.name]", "FF1511", 26)]
    [InlineData("documents.yaml", "date: [meeting.notice_date, meeting.information_date]", "date: []", "FF1505", 26)]
    [InlineData("documents.yaml", "layout: card", "layout: cards", "FF1505", 14)]
    public void A_mistake_in_a_profile_is_its_diagnostic_at_its_line(string file, string find, string replace, string id, int line)
    {
        var copy = CopyOfProfile();
        try
        {
            var path = Path.Combine(copy, file);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text);
            var index = text.IndexOf(find, StringComparison.Ordinal);
            File.WriteAllText(path, text[..index] + replace + text[(index + find.Length)..]);
            var diagnostics = new DiagnosticBag();

            var profile = ProfileReader.Read(copy, diagnostics);

            Assert.Null(profile);
            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(id, error.Id);
            if (line >= 0) Assert.Equal(line, error.Location.Line);
            Assert.Contains(id == "FF1501" ? "schedule-14a-1992" : Path.GetFileName(file), error.Location.File + error.Message);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    [Fact]
    public void A_data_file_declared_but_not_listed_is_FF1509()
    {
        var copy = CopyOfProfile();
        try
        {
            File.WriteAllText(Path.Combine(copy, "files", "annual-report.yaml"), "file: annual-report\nfields: {}\n");
            var diagnostics = new DiagnosticBag();

            Assert.Null(ProfileReader.Read(copy, diagnostics));

            Assert.Equal("FF1509", Assert.Single(diagnostics.Items).Id);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    [Fact]
    public void A_filing_that_names_an_unknown_profile_is_FF1500_at_its_filing_yaml_with_a_suggestion()
    {
        var data = Compilation.FilingCompilerTests.CopyOfSample();
        try
        {
            File.WriteAllText(Path.Combine(data, "filing.yaml"), "profile: schedule-14a-1993\n");
            var diagnostics = new DiagnosticBag();

            Assert.Null(FilingLoader.Load(data, diagnostics));

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal("FF1500", error.Id);
            Assert.EndsWith("filing.yaml", error.Location.File);
            Assert.Equal((1, 10), (error.Location.Line, error.Location.Column));
            Assert.Contains("did you mean `schedule-14a-1992`?", error.Message);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static string CopyOfProfile() => TemporaryCopy.OfProfile("ff-profile-");
}
