using FilingForge.Computation;
using FilingForge.Templating;
using FilingForge.Templating.Tables;
using FilingForge.Values;

namespace FilingForge.Tests.Templating;

/// <summary>Template stage, the context: the value tree templates read, built from the profile's values without reflection.</summary>
public sealed class TemplateContextTests
{
    private static readonly ComputedFiling Filing = SmallFiling.Create();
    private static readonly Dictionary<string, object?> Root = TemplateContextBuilder.Build(Filing);

    private static object? At(string path) => At(Root, path);

    private static object? At(object root, string path)
    {
        var result = ValuePath.Resolve(root, path);
        Assert.True(result.Found, $"no '{result.MissingKey}' in {path}");
        return result.Value;
    }

    [Fact]
    public void Every_data_file_is_under_its_key_and_the_derived_figures_under_computed()
    {
        Assert.Equal(
            ["company", "meeting", "people", "proposals", "directors", "committees", "director_compensation", "executive_officers",
             "summary_compensation", "option_grants", "option_exercises", "employment_agreements", "beneficial_ownership",
             "auditor_fees", "reports", "performance_graph", "related_transactions", "other_information", "proxy_card", "ethics", "computed"],
            Root.Keys);
    }

    [Fact]
    public void A_field_declared_person_gets_the_persons_entry_of_the_people_file()
    {
        Assert.Same(At("people.people.3"), At("meeting.letter_signer_record"));
        Assert.Equal("Karen Clark", At("meeting.letter_signer_record.name"));
    }

    [Fact]
    public void A_field_declared_list_of_person_gets_the_persons_in_order()
    {
        var records = Assert.IsType<List<object?>>(At("proxy_card.proxies_records"));
        Assert.Equal(["Susan N. Cayley", "Karen Clark"], records.Select(r => ((IReadOnlyDictionary<string, object?>)r!)["name"]));
    }

    [Fact]
    public void A_field_that_is_not_a_person_id_gets_no_record()
    {
        Assert.False(((IReadOnlyDictionary<string, object?>)At("people.people.0")!).ContainsKey("id_record"));
        Assert.False(((IReadOnlyDictionary<string, object?>)At("company")!).ContainsKey("name_record"));
    }

    [Fact]
    public void Every_number_of_the_data_is_a_decimal()
    {
        Assert.Equal(2003m, At("meeting.meeting_year"));
        Assert.Equal(81700735m, At("meeting.shares_outstanding"));
        Assert.Equal(150000m, At("summary_compensation.officers.0.years.0.securities_underlying_options"));
    }

    [Fact]
    public void A_model_object_in_a_derived_row_is_the_data_trees_own_dictionary_for_it()
    {
        Assert.Same(At("directors.directors.0"), At("computed.nominees.0"));
        Assert.Same(At("summary_compensation.officers.1.years.0"), At("computed.summary_compensation.2.year"));
        Assert.Same(At("people.people.2"), At("computed.option_grants.0.person"));
        Assert.Same(At("committees.committees.0"), At("computed.seats_by_person.protsch.0.committee"));
    }

    [Fact]
    public void The_derived_rows_keep_the_snake_case_names_of_their_members()
    {
        var row = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(At("computed.summary_compensation.0"));
        Assert.Equal(["officer", "person", "year", "is_first_year_of_officer", "all_other_compensation"], row.Keys);
        Assert.Equal(true, row["is_first_year_of_officer"]);
        Assert.Null(At("computed.option_grants.2.grant"));
    }

    [Fact]
    public void With_adds_a_signer_as_the_data_trees_dictionary_and_leaves_the_root_as_it_was()
    {
        var context = TemplateContextBuilder.With(Root, "signer", Filing.File("ethics").Objects("signers")[1], Filing);
        Assert.Same(At("ethics.signers.1"), context["signer"]);
        Assert.Equal("Jean-René Marcoux", At(context, "signer.person_record.name"));
        Assert.False(Root.ContainsKey("signer"));
    }

    /// <summary>
    /// A computed filing always carries its value tree now (<see cref="ComputedFiling.Values"/> is required); what is left
    /// to refuse is one whose tree does not hold the objects of its rows (built in code, not loaded), here an empty tree.
    /// </summary>
    [Fact]
    public void A_filing_without_a_value_tree_cannot_feed_templates()
    {
        var built = new ComputedFiling
        {
            Values = new FilingValues(Filing.Values.Profile, new Dictionary<string, ObjectValue>(), "built"),
            PeopleById = Filing.PeopleById, Nominees = Filing.Nominees, CardNominees = Filing.CardNominees, CardLegend = Filing.CardLegend, SeatsByPerson = Filing.SeatsByPerson,
            SummaryCompensation = Filing.SummaryCompensation, OptionGrants = Filing.OptionGrants, Ownership = Filing.Ownership,
            OwnershipGroup = Filing.OwnershipGroup, AuditorFees = Filing.AuditorFees, PerformanceGraph = Filing.PerformanceGraph,
        };
        var error = Assert.Throws<InvalidOperationException>(() => TemplateContextBuilder.Build(built));
        Assert.Contains("is not in the filing's value tree", error.Message);
    }
}
