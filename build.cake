// FilingForge build script: `dotnet tool restore && dotnet cake [--target=X]`.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var filing = Argument("filing", "data/capstone-2003");
var output = Argument("output", "out/capstone-2003");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectories("./out");
    CleanDirectories("./artifacts");
});

Task("Build")
    .Does(() =>
{
    DotNetBuild("./FilingForge.sln", new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("./FilingForge.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Sample")
    .IsDependentOn("Build")
    .Does(() =>
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --project src/FilingForge.Cli -c {configuration} --no-build -- build {filing} -o {output}",
    });
    if (exitCode != 0) throw new Exception($"filingforge build exited with {exitCode}");
});

Task("Default")
    .IsDependentOn("Build")
    .IsDependentOn("Test")
    .IsDependentOn("Sample");

RunTarget(target);
