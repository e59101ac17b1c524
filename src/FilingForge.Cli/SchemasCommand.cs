using System.CommandLine;
using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Cli;

/// <summary><c>filingforge schemas [--profile NAME] [-o DIR]</c>: writes the JSON Schemas of a profile's data files for editors.</summary>
internal static class SchemasCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile")
        {
            Description = $"The profile whose data files to describe. Default: {ProfileCatalog.DefaultProfile}.",
            HelpName = "NAME",
            DefaultValueFactory = _ => ProfileCatalog.DefaultProfile,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write <file>.schema.json into. Default: schemas.",
            HelpName = "DIR",
            DefaultValueFactory = _ => "schemas",
        };
        var command = new Command("schemas", "Write the JSON Schema of every data file of a profile, so that editors complete and check the data files as they are typed.")
        {
            profile, output,
        };
        command.SetAction(parse => Run(parse.GetValue(profile)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string name, string output)
    {
        var diagnostics = new DiagnosticBag();
        var profile = ProfileCatalog.Find(name, ProfileCatalog.DefaultDirectory(), SourceLocation.None, diagnostics);
        var sorted = diagnostics.Sorted();
        DiagnosticReporter.Report(sorted, null);
        if (profile is null || diagnostics.HasErrors)
        {
            Console.WriteLine($"schemas failed: {DiagnosticReporter.Summary(sorted)}");
            return CommandLine.Failed;
        }

        Directory.CreateDirectory(output);
        var written = 0;
        foreach (var (fileName, text) in JsonSchemaWriter.Write(profile))
        {
            File.WriteAllText(Path.Combine(output, fileName), text);
            written++;
        }

        File.WriteAllText(Path.Combine(output, "filing.schema.json"), JsonSchemaWriter.WriteManifest(ProfileCatalog.Names(ProfileCatalog.DefaultDirectory())));
        Console.WriteLine($"wrote {written} schemas of profile {profile.Name} and filing.schema.json into {output}");
        return CommandLine.Ok;
    }
}
