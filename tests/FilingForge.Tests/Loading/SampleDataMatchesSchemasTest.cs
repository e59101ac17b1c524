using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// Validates the sample filing against <c>schemas/</c> with a real JSON Schema validator (Ajv, draft 2020-12),
/// driven by <c>validate-schemas.mjs</c> beside this file, so that what editors are told matches what we ship.
/// </summary>
public sealed class SampleDataMatchesSchemasTest
{
    private const string Packages = "tools/schema-check/node_modules";
    private const string Install = "apt-get install nodejs npm && cd tools/schema-check && npm ci";
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Loading", "validate-schemas.mjs");

    [ToolFact("node", Requires = Packages, Install = Install)]
    public void Every_sample_data_file_is_valid_against_its_schema()
    {
        var result = RunValidator(RepositoryPaths.SampleData);

        Assert.True(result.ExitCode == 0, $"Schema validation failed:\n{result.StandardOutput}{result.StandardError}");
        foreach (var file in TestProfile.Default.Files.Select(f => f.Name))
            Assert.Contains($"ok {file}.yaml", result.StandardOutput);
    }

    [ToolFact("node", Requires = Packages, Install = Install)]
    public void The_seed_inconsistent_fixture_files_are_valid_against_their_schemas()
    {
        // The seed's inconsistencies are facts a check must catch, not schema errors: the files stay well formed.
        var result = RunValidator(Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Fixtures", "seed-inconsistent"));

        Assert.True(result.ExitCode == 0, $"Schema validation failed:\n{result.StandardOutput}{result.StandardError}");
    }

    [ToolFact("node", Requires = Packages, Install = Install)]
    public void A_misspelled_key_is_rejected_by_the_schema()
    {
        var folder = Directory.CreateTempSubdirectory("filingforge-schema-");
        try
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "summary-compensation.yaml"))
                .Replace("salary: 372281", "salray: 372281", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "summary-compensation.yaml"), text);

            var result = RunValidator(folder.FullName);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("summary-compensation.yaml: /officers/0/years/0 must NOT have additional properties (salray)", result.StandardOutput);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ExternalTool.Result RunValidator(string dataDirectory)
    {
        var node = ExternalTool.Require("node", Install);
        Assert.True(Directory.Exists(RepositoryPaths.At(Packages)), $"{Packages} is not installed: {Install}");
        return ExternalTool.Run(node, [Script, RepositoryPaths.Schemas, dataDirectory], RepositoryPaths.Root, timeoutSeconds: 60);
    }
}
