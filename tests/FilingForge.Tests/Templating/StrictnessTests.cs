using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Templating.Scriban;

namespace FilingForge.Tests.Templating;

/// <summary>
/// How the Template stage holds templates to the data: names are strict, positions are the template's own, and what a
/// helper does with the disk or the build's internals stays out of the template's reach. Each template fault's exact
/// diagnostic is pinned by a case under <c>Cases/</c> (<see cref="TemplateCaseTests"/>).
/// </summary>
public class StrictnessTests
{
    private static Diagnostic Single(DiagnosticBag diagnostics) => Assert.Single(diagnostics.Items);

    [Fact]
    public void A_misspelled_name_is_FF5000_at_its_template_line_and_column_with_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("# Meeting\n\nThe meeting is on {{ long_date meeting.date }}.\nHeld {{meeting.datee}}.\n", diagnostics);

        Assert.Null(result);
        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 4, 8), d.Location);
        Assert.Equal("meeting.datee", d.Arguments[0]);
        Assert.Equal("; did you mean `date`?", d.Arguments[2]);
    }

    [Fact]
    public void A_misspelled_collection_of_a_loop_is_found_on_the_loop_line()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("Intro\n\n{{~ for p in proposals.proposalz ~}}\n- {{ p.title }}\n{{~ end ~}}\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 3, 14), d.Location);
    }

    [Fact]
    public void A_misspelled_name_in_an_included_template_points_into_that_template()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.sbn", "Company: {{ company.name }}\nCity: {{ company.adress.city }}\n");
        TemplateTestHost.Render("Start\n{{~ include \"test/part\" ~}}\nEnd\n", diagnostics, partials: partial);

        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation("templates/test/part.md.sbn", 2, 10), d.Location);
    }

    [Fact]
    public void A_name_that_is_present_but_nil_is_not_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("{{ if meeting.mailing_date }}mailed{{ else }}not mailed{{ end }}\n", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("not mailed\n", result!.Markdown);
    }

    [Fact]
    public void Md_writes_a_markdown_field_unescaped_and_every_other_value_escaped()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("{{ md beneficial_ownership.introduction }} *{{ company.short_name }}* {{ \"a*b\" }}\n", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("Ownership as of April 10, 2003. *Capstone* a\\*b\n", result!.Markdown);
    }

    [Fact]
    public void An_included_template_is_written_as_markdown_not_escaped_a_second_time()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.sbn", "**{{ \"A_B\" }}**\n");
        var result = TemplateTestHost.Render("{{~ include \"test/part\" ~}}\n", diagnostics, partials: partial);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("**A\\_B**\n", result!.Markdown);
    }

    [Fact]
    public void An_included_template_receives_its_named_arguments_as_local_variables()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.sbn", "{{ $proposal.number }}: {{ $proposal.title }}\n");
        var result = TemplateTestHost.Render("{{~ for p in proposals.proposals ~}}\n{{~ include \"test/part\" proposal: p ~}}\n{{~ end ~}}\n", diagnostics, partials: partial);

        Assert.Empty(diagnostics.Items);
        Assert.StartsWith("1: Election of Directors\n", result!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_io_error_in_a_helper_leaves_the_engine_as_itself_not_as_a_template_diagnostic()
    {
        var functions = TemplateHelpers.Create(FilingForge.Tests.Support.RepositoryPaths.Templates)
            .Value("unreadable", _ => throw new IOException("disk gone"));
        var files = TemplateFiles.FromMemory(FilingForge.Tests.Support.RepositoryPaths.Templates,
            [new TemplateFile("test/main", "templates/test/main.md.sbn", "{{ include \"test/part\" }}"), new TemplateFile("test/part", "templates/test/part.md.sbn", "x {{ unreadable }}\n")]);
        var engine = new ScribanTemplateEngine(files, functions);
        var diagnostics = new DiagnosticBag();

        var error = Assert.Throws<IOException>(() => engine.Render("test/main", new Dictionary<string, object?>(), diagnostics));

        Assert.Equal("disk gone", error.Message);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("{{ this }}")]
    [InlineData("{{ $ }}")]
    [InlineData("{{ scope }}")]
    [InlineData("{{ company.GetType }}")]
    public void The_render_context_and_dotnet_members_cannot_be_printed_by_a_template(string template)
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render(template + "\n", diagnostics);

        Assert.Null(result);
        Assert.Contains(Single(diagnostics).Id, new[] { "FF5000", "FF5007" });
    }

    [Fact]
    public void A_document_that_includes_itself_is_a_cycle_not_a_stack_overflow()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("x\n{{ include \"test/main\" }}\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5009", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 2, 4), d.Location);
    }

    [Fact]
    public void Parsed_templates_are_shared_by_renders_on_many_threads_with_the_same_output()
    {
        var files = TemplateFiles.Load(FilingForge.Tests.Support.RepositoryPaths.Templates);
        var engine = new ScribanTemplateEngine(files, TemplateHelpers.Create(files.Directory));
        var root = TemplateContextBuilder.Build(SmallFiling.Create());
        string RenderOnce() => engine.Render("proxy-card/proxy-card", root, new DiagnosticBag())!.Markdown;

        var expected = RenderOnce();
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => RenderOnce()).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_line_map_points_each_line_at_its_template_line_including_included_templates_and_tables()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.sbn", "From the partial\n");
        var result = TemplateTestHost.Render("Title\n\n{{~ include \"test/part\" ~}}\n{{ table \"nominees\" }}\n", diagnostics, partials: partial)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 1, 1), result.LineMap.Resolve(1));
        Assert.Equal(new SourceLocation("templates/test/part.md.sbn", 1, 1), result.LineMap.Resolve(3));
        Assert.StartsWith("~~~ ff-table", result.Markdown.Split('\n')[3]);
        Assert.All(Enumerable.Range(4, 4), line => Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 4, 1), result.LineMap.Resolve(line)));
    }
}
