using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

public class SchemasAreGeneratedFromTheProfileTests
{
    [Fact]
    public void The_committed_schemas_are_the_ones_the_profile_generates()
    {
        var profile = ProfileReader.Read(RepositoryPaths.At("profiles/schedule-14a-1992"), new DiagnosticBag())!;
        var generated = JsonSchemaWriter.Write(profile)
            .Append(("filing.schema.json", JsonSchemaWriter.WriteManifest(ProfileCatalog.Names(RepositoryPaths.At("profiles")))))
            .ToList();
        var dump = Environment.GetEnvironmentVariable("FILINGFORGE_DUMP_SCHEMAS");
        if (dump is not null)
            foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(dump, name), text);

        foreach (var (name, text) in generated)
            Assert.True(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, name)) == text,
                $"schemas/{name} is stale: run `dotnet run --project src/FilingForge.Cli -- schemas` and commit the result");
    }
}
