using FilingForge.Diagnostics;
using FilingForge.Review;

namespace FilingForge.Tests.Review;

public class SampleDiffTests
{
    private static ReviewInput Read(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var input = ReviewInputReader.Read(folder, SampleCopy.Templates, diagnostics);
        Assert.True(input is not null, string.Join("\n", diagnostics.Sorted()));
        return input!;
    }

    [Fact]
    public void A_salary_changed_in_the_Cabot_sample_shows_in_the_Summary_Compensation_Table_Pay_versus_Performance_and_the_pay_ratio()
    {
        using var copy = new SampleCopy(SampleCopy.CabotFolder);
        copy.Edit("summary-compensation.yaml", "salary: 1083750", "salary: 1183750");
        copy.Edit("summary-compensation.yaml", "stated_total: 7791510", "stated_total: 7891510");
        copy.Edit("pay-ratio.yaml", "stated_ceo_total_compensation: 7791510", "stated_ceo_total_compensation: 7891510");
        copy.Edit("pay-ratio.yaml", "stated_ratio: 136", "stated_ratio: 138");
        copy.Edit("pay-versus-performance.yaml", "stated_compensation_actually_paid: 8106840", "stated_compensation_actually_paid: 8206840");

        var statement = FilingComparison.Compare(Read(SampleCopy.CabotFolder), Read(copy.Folder)).Single(c => c.Name == "proxy-statement");

        Assert.Equal(
            [
                "Summary Compensation Table — Sean D. Keohane, 2023, Salary ($): 1,083,750 → 1,183,750",
                "Summary Compensation Table — Sean D. Keohane, 2023, Total ($): 7,791,510 → 7,891,510",
                "Pay Versus Performance — 2023, SCT Total Compensation for PEO (b): $7,791,510 → $7,891,510",
                "Pay Versus Performance — 2023, Compensation Actually Paid to PEO (c): $8,106,840 → $8,206,840",
                "PEO SCT CAP Reconciliation — 2023, Reported Summary Compensation Table Total for PEO: $7,791,510 → $7,891,510",
                "PEO SCT CAP Reconciliation — 2023, \"Compensation Actually Paid\" to PEO: $8,106,840 → $8,206,840",
            ],
            statement.Summary.ChangedFigures);
        Assert.Contains(statement.Summary.Changes, c => c.Contains("the annual total compensation of Sean D. Keohane", StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_diff_names_each_changed_fact_by_file_line_and_path()
    {
        using var copy = new SampleCopy();
        copy.MakeThreeChanges();

        var facts = FilingForge.Review.DataDiff.DataFolderDiff.Compare(SampleCopy.SampleFolder, copy.Folder, new DiagnosticBag());

        Assert.Equal(
            [
                "beneficial-ownership.yaml:79:5 owners[13]: added (person: simon)",
                "beneficial-ownership.yaml:82:10 group.label: …(11 persons) → …(12 persons)",
                "beneficial-ownership.yaml:85:13 group.members[0]: added simon",
                "directors.yaml:16:16 directors[0].biography: \"…holds a BBA in Economics and Finance and…\" → \"…earned a BBA in Economics and Finance an…\"",
                "directors.yaml:88:5 directors[6]: added (person: simon)",
                "people.yaml:6:5 people[0]: added (id: simon)",
                "summary-compensation.yaml:29:17 officers[1].years[0].salary: 235096 → 241000",
            ],
            facts.Select(f => f.ToString()));
    }

    [Fact]
    public void A_build_folder_written_with_markdown_reads_back_as_the_same_documents_with_their_titles_and_dates()
    {
        var output = Directory.CreateTempSubdirectory("ff-review-build-").FullName;
        try
        {
            var options = new FilingForge.Compilation.BuildOptions
            {
                DataDirectory = SampleCopy.SampleFolder, OutputDirectory = output, TemplatesDirectory = SampleCopy.Templates,
                Formats = ["html"], WriteMarkdown = true,
            };
            Assert.True(new FilingForge.Compilation.FilingCompiler().Build(options).Succeeded);

            var compiled = Read(SampleCopy.SampleFolder);
            var built = Read(output);

            Assert.Equal(compiled.Documents.Select(d => (d.Name, d.Properties)), built.Documents.Select(d => (d.Name, d.Properties)));
            Assert.All(FilingComparison.Compare(compiled, built), c => Assert.False(c.HasChanges, string.Join("\n", c.Summary.Changes)));
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }

    [Fact]
    public void The_sample_compared_with_itself_has_no_change_in_any_document()
    {
        var sample = Read(SampleCopy.SampleFolder);

        var compared = FilingComparison.Compare(sample, sample);

        Assert.NotEmpty(compared);
        Assert.All(compared, c => Assert.False(c.HasChanges, string.Join("\n", c.Summary.Changes)));
    }

    [Fact]
    public void A_changed_salary_an_added_director_and_a_reworded_biography_are_the_changes_listed()
    {
        using var copy = new SampleCopy();
        copy.MakeThreeChanges();

        var compared = FilingComparison.Compare(Read(SampleCopy.SampleFolder), Read(copy.Folder));
        var statement = compared.Single(c => c.Name == "proxy-statement");

        Assert.Equal(["Summary Compensation Table — Karen Clark, 2002, Salary ($): 235,096 → 241,000"], statement.Summary.ChangedFigures);
        Assert.Equal(
            [
                // The added director does not stand for election, which Proposal 1 says.
                "Proposal No. 1: Election of Directors to the Board of Directors: changed paragraph \"Capstone's bylaws now provide for a Board of seven directors. Gary Simon, …\"",
                "Proposal No. 1: Election of Directors to the Board of Directors: changed paragraph \"Eliot G. Protsch. Mr. Protsch joined the Board in 2002 and has …\"",
                "Summary Compensation Table — Karen Clark, 2002, Salary ($): 235,096 → 241,000",
                "Security Ownership of Certain Beneficial Owners and Management: inserted row Gary Simon",
                // The added director joins the ownership group, whose label counts its members.
                "Security Ownership of Certain Beneficial Owners and Management — Executive Officers and Directors as a group (12 persons), Name: " +
                "Executive Officers and Directors as a group (11 persons) → Executive Officers and Directors as a group (12 persons)",
            ],
            statement.Summary.Changes);
        Assert.Equal(["Proposal No. 1: Election of Directors to the Board of Directors", "Executive Officer Compensation", "Security Ownership of Certain Beneficial Owners and Management"],
            statement.Summary.Sections.Select(s => s.Section));
    }
}
