using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// A profile picks the C# rules its form is checked by (<c>profile.yaml</c> <c>rules</c>): a name no rule has is FF1519,
/// and a rule that reads a field the profile does not declare is FF1520 and is left out, rather than reading nothing.
/// </summary>
public sealed class RuleSelectionTests
{
    private static readonly string[] Profiles = ["schedule-14a-1992", "schedule-14a-2022"];

    [Theory]
    [InlineData("schedule-14a-1992")]
    [InlineData("schedule-14a-2022")]
    public void Every_field_every_rule_a_profile_names_reads_is_declared_by_that_profile(string name)
    {
        var profile = ProfileReader.Read(RepositoryPaths.At("profiles/" + name), new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        var rules = FilingChecker.RulesOf(profile, diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal(profile.Rules.Count, rules.Count);
    }

    [Fact]
    public void Every_rule_is_named_by_a_profile_and_no_profile_names_one_twice()
    {
        var named = Profiles.Select(name => ProfileReader.Read(RepositoryPaths.At("profiles/" + name), new DiagnosticBag())!.Rules.Select(r => r.Name).ToArray()).ToList();

        Assert.All(named.SelectMany(n => n), name => Assert.True(FilingChecker.Rules.ContainsKey(name), $"`{name}` is not a rule"));
        Assert.All(named, names => Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count()));
        Assert.Equal(FilingChecker.Rules.Keys.Order(StringComparer.Ordinal), named.SelectMany(n => n).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_reads_at_least_one_field_and_names_each_once()
    {
        Assert.All(FilingChecker.Rules, rule =>
        {
            Assert.NotEmpty(rule.Value.Reads);
            Assert.Equal(rule.Value.Reads.Count, rule.Value.Reads.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void A_profile_naming_a_rule_that_does_not_exist_is_FF1519_at_the_name_with_a_suggestion()
    {
        var copy = CopyOfProfile();
        try
        {
            var line = Edit(Path.Combine(copy, "profile.yaml"), "  - card_nominees\n", "  - card_nominee\n");
            var diagnostics = new DiagnosticBag();
            var profile = ProfileReader.Read(copy, diagnostics);
            Assert.NotNull(profile);
            Assert.Empty(diagnostics.Items);

            var rules = FilingChecker.RulesOf(profile, diagnostics);

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal("FF1519", error.Id);
            Assert.Equal(Path.Combine(copy, "profile.yaml"), Path.GetFullPath(error.Location.File));
            Assert.Equal(line, error.Location.Line);
            Assert.Contains("`card_nominee`", error.Message);
            Assert.Contains("did you mean `card_nominees`?", error.Message);
            Assert.DoesNotContain(FilingChecker.Rules["card_nominees"], rules);
            Assert.Equal(profile.Rules.Count - 1, rules.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    [Fact]
    public void A_profile_naming_a_rule_whose_field_it_does_not_declare_is_FF1520_naming_the_field_and_the_rule_is_left_out()
    {
        var copy = CopyOfProfile();
        try
        {
            // BeneficialOwner's stated_percent: only stated_percent reads it, and nothing else in the profile refers to it.
            Edit(Path.Combine(copy, "types.yaml"),
                "      stated_percent:\n        type: percent\n        nullable: true\n"
                + "        description: \"A percent printed in an earlier draft; when given, the check compares it with the computed one.\"\n",
                "");
            var diagnostics = new DiagnosticBag();
            var profile = ProfileReader.Read(copy, diagnostics);
            Assert.NotNull(profile);
            Assert.Empty(diagnostics.Items);
            var line = LineOf(Path.Combine(copy, "profile.yaml"), "  - stated_percent\n");

            var rules = FilingChecker.RulesOf(profile, diagnostics);

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal("FF1520", error.Id);
            Assert.Equal(line, error.Location.Line);
            Assert.Contains("rule `stated_percent` reads beneficial-ownership.owners.stated_percent,", error.Message);
            Assert.DoesNotContain("group.stated_percent", error.Message);
            Assert.DoesNotContain(FilingChecker.Rules["stated_percent"], rules);
            Assert.Equal(profile.Rules.Count - 1, rules.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    /// <summary>Replaces the one occurrence of <paramref name="find"/> and returns its 1-based line.</summary>
    private static int Edit(string path, string find, string replace)
    {
        var line = LineOf(path, find);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(path, text[..index] + replace + text[(index + find.Length)..]);
        return line;
    }

    private static int LineOf(string path, string find)
    {
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"{Path.GetFileName(path)} has no {find.Trim()}");
        Assert.Equal(index, text.LastIndexOf(find, StringComparison.Ordinal));
        return text[..index].Count(c => c == '\n') + 1;
    }

    private static string CopyOfProfile() => TemporaryCopy.OfProfile("ff-rules-");
}
