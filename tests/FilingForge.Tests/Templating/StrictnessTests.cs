using FilingForge.Diagnostics;
using FilingForge.Templating;

namespace FilingForge.Tests.Templating;

public class StrictnessTests
{
    private static Diagnostic Single(DiagnosticBag diagnostics) => Assert.Single(diagnostics.Items);

    [Fact]
    public void A_misspelled_name_is_FF5000_at_its_template_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("# Meeting\n\nThe meeting is on {{long_date meeting.date}}.\nHeld {{meeting.datee}}.\n", diagnostics);

        Assert.Null(result);
        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 4, 8), d.Location);
        Assert.Equal("meeting.datee", d.Arguments[0]);
    }

    [Fact]
    public void A_misspelled_collection_on_a_block_line_is_found_below_the_last_written_line()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("Intro\n\n{{#each proposals.proposalz}}\n- {{title}}\n{{/each}}\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 3, 9), d.Location);
    }

    [Fact]
    public void A_misspelled_name_in_a_partial_points_into_the_partial()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.hbs", "Company: {{company.name}}\nCity: {{company.adress.city}}\n");
        TemplateTestHost.Render("Start\n{{> test/part}}\nEnd\n", diagnostics, partials: partial);

        var d = Single(diagnostics);
        Assert.Equal("FF5000", d.Id);
        Assert.Equal(new SourceLocation("templates/test/part.md.hbs", 2, 9), d.Location);
    }

    [Fact]
    public void A_name_that_is_present_but_nil_is_not_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("{{#if meeting.mailing_date}}mailed{{else}}not mailed{{/if}}\n", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("not mailed\n", result!.Markdown);
    }

    [Fact]
    public void Md_refuses_a_plain_text_field()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("Line one\n{{md company.name}}\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5004", d.Id);
        Assert.Equal(2, d.Location.Line);
    }

    [Fact]
    public void Md_writes_a_markdown_field_unescaped()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("{{md beneficial_ownership.introduction}} *{{company.short_name}}*\n", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("Ownership as of April 10, 2003. *Capstone*\n", result!.Markdown);
    }

    [Theory]
    [InlineData("Name: {{{company.name}}}\n", 1, 7)]
    [InlineData("x\nName: {{&company.name}}\n", 2, 7)]
    public void Unescaped_output_is_FF5003_before_anything_renders(string template, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateTestHost.Render(template, diagnostics));

        var d = Single(diagnostics);
        Assert.Equal("FF5003", d.Id);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, line, column), d.Location);
    }

    [Fact]
    public void A_missing_partial_is_FF5006()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("Start\nOne {{> shared/nope}}\n", diagnostics);
        Assert.Equal("FF5006", Single(diagnostics).Id);
    }

    [Fact]
    public void A_table_without_a_definition_is_FF5010_at_the_calling_line()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("Start\n\n{{table \"no-such-table\"}}\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5010", d.Id);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void A_helper_given_the_wrong_kind_of_value_is_FF5005()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("{{long_date company.name}}\n", diagnostics);
        Assert.Equal("FF5005", Single(diagnostics).Id);
    }

    [Fact]
    public void An_io_error_in_a_helper_leaves_the_engine_as_itself_not_as_a_template_diagnostic()
    {
        var functions = TemplateHelpers.Create(FilingForge.Tests.Support.RepositoryPaths.Templates)
            .Value("unreadable", _ => throw new IOException("disk gone"));
        var files = TemplateFiles.FromMemory(FilingForge.Tests.Support.RepositoryPaths.Templates,
            [new TemplateFile("test/main", "templates/test/main.md.hbs", "{{> test/part}}"), new TemplateFile("test/part", "templates/test/part.md.hbs", "x {{unreadable}}\n")]);
        var engine = new FilingForge.Templating.Handlebars.HandlebarsTemplateEngine(files, functions);
        var diagnostics = new DiagnosticBag();

        var error = Assert.Throws<IOException>(() => engine.Render("test/main", new Dictionary<string, object?>(), diagnostics));

        Assert.Equal("disk gone", error.Message);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_render_scope_the_helpers_receive_cannot_be_printed_by_a_template()
    {
        var diagnostics = new DiagnosticBag();
        var result = TemplateTestHost.Render("[{{@filingforge_scope}}][{{@filingforge}}]\n", diagnostics);
        Assert.DoesNotContain("TemplateScope", result?.Markdown ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("DiagnosticBag", result?.Markdown ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_FF5002_in_its_file()
    {
        var diagnostics = new DiagnosticBag();
        TemplateTestHost.Render("{{#if company.name}}\nunclosed\n", diagnostics);

        var d = Single(diagnostics);
        Assert.Equal("FF5002", d.Id);
        Assert.Equal(TemplateTestHost.MainPath, d.Location.File);
    }

    [Fact]
    public void The_line_map_points_each_line_at_its_template_line_including_partials_and_tables()
    {
        var diagnostics = new DiagnosticBag();
        var partial = new TemplateFile("test/part", "templates/test/part.md.hbs", "From the partial\n");
        var result = TemplateTestHost.Render("Title\n\n{{> test/part}}\n{{table \"nominees\"}}\n", diagnostics, partials: partial)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 1, 1), result.LineMap.Resolve(1));
        Assert.Equal(new SourceLocation("templates/test/part.md.hbs", 1, 1), result.LineMap.Resolve(3));
        Assert.StartsWith("~~~ ff-table", result.Markdown.Split('\n')[3]);
        Assert.All(Enumerable.Range(4, 4), line => Assert.Equal(new SourceLocation(TemplateTestHost.MainPath, 4, 1), result.LineMap.Resolve(line)));
    }
}
