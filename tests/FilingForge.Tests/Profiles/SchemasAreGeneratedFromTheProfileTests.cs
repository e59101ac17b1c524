using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

public class SchemasAreGeneratedFromTheProfileTests
{
    /// <summary>The first profile's schemas are in schemas/ itself (with filing.schema.json); every other's in a folder of its name.</summary>
    [Theory]
    [InlineData("schedule-14a-1992", "")]
    [InlineData("schedule-14a-2022", "schedule-14a-2022")]
    public void The_committed_schemas_are_the_ones_the_profile_generates(string name, string folder)
    {
        var profile = ProfileReader.Read(RepositoryPaths.At("profiles/" + name), new DiagnosticBag())!;
        var generated = JsonSchemaWriter.Write(profile)
            .Concat(folder.Length == 0 ? [("filing.schema.json", JsonSchemaWriter.WriteManifest(ProfileCatalog.Names(RepositoryPaths.At("profiles"))))] : [])
            .ToList();
        var dump = Environment.GetEnvironmentVariable("FILINGFORGE_DUMP_SCHEMAS");
        if (dump is not null)
            foreach (var (file, text) in generated) File.WriteAllText(Path.Combine(dump, file), text);

        foreach (var (file, text) in generated)
            Assert.True(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, folder, file)) == text,
                $"schemas/{folder}/{file} is stale: run `dotnet run --project src/FilingForge.Cli -- schemas --profile {name} -o schemas/{folder}` and commit the result");
    }
}
