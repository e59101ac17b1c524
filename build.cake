// FilingForge build script: `dotnet tool restore && dotnet cake [--target=X]`.
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

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

// Publish: the filing as a stamped draft, checked with --warnaserror, with SARIF, a redline against the last published
// draft (when `filingforge diff` is available and a previous draft is kept) and a deterministic zip:
//   artifacts/publish/<filing>-<revision>/   the outputs, manifest.json, filingforge.sarif, redline/
//   artifacts/<filing>-<revision>.zip        the same folder, packed
//   artifacts/last-published/<filing>/       this draft's outputs, kept as the next Publish's redline base for that filing
Task("Publish")
    .IsDependentOn("Build")
    .Does(() =>
{
    var revision = Git("describe --always --dirty");
    var commitTime = long.Parse(Git("log -1 --format=%ct"), System.Globalization.CultureInfo.InvariantCulture);
    var commitDate = DateTimeOffset.FromUnixTimeSeconds(commitTime);
    var draftDate = commitDate.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    var filingName = System.IO.Path.GetFileName(System.IO.Path.GetFullPath(filing).TrimEnd('/', '\\'));
    var name = $"{filingName}-{revision}";
    var folder = MakeAbsolute(Directory($"artifacts/publish/{name}")).FullPath;
    // One base per filing: the samples are published side by side, and each draft's redline is against its own last one.
    var lastPublished = MakeAbsolute(Directory($"artifacts/last-published/{filingName}")).FullPath;
    if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);

    // The draft's date is the commit's, so publishing the same commit twice gives the same bytes.
    Information($"Publishing {filing} as draft {revision} of {draftDate} into {folder}");
    FilingForge($"build {filing} -o \"{folder}\" --warnaserror --markdown --draft {revision} --draft-date {draftDate} --sarif \"{folder}/filingforge.sarif\"",
        commitTime, throwOnFailure: true);

    WriteRedline(folder, lastPublished, commitTime);
    CompleteManifest(folder, revision, draftDate);
    var zip = MakeAbsolute(File($"artifacts/{name}.zip")).FullPath;
    PackDeterministically(folder, zip, commitDate);
    KeepAsLastPublished(folder, lastPublished);
    Information($"Published {zip}");
});

Task("Default")
    .IsDependentOn("Build")
    .IsDependentOn("Test")
    .IsDependentOn("Sample");

RunTarget(target);

string Git(string arguments)
{
    var exitCode = StartProcess("git", new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true }, out var lines);
    if (exitCode != 0) throw new Exception($"git {arguments} exited with {exitCode}: Publish needs a git checkout");
    return string.Join("", lines).Trim();
}

int FilingForge(string arguments, long sourceDateEpoch, bool throwOnFailure)
{
    var settings = new ProcessSettings
    {
        Arguments = $"run --project src/FilingForge.Cli -c {configuration} --no-build -- {arguments}",
        EnvironmentVariables = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = sourceDateEpoch.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
    var exitCode = StartProcess("dotnet", settings);
    if (throwOnFailure && exitCode != 0) throw new Exception($"filingforge {arguments.Split(' ')[0]} exited with {exitCode}");
    return exitCode;
}

// `filingforge COMMAND --help` prints the root's help (and exits 0) when COMMAND does not exist, so look at the usage line.
bool HasCommand(string command)
{
    var settings = new ProcessSettings
    {
        Arguments = $"run --project src/FilingForge.Cli -c {configuration} --no-build -- {command} --help",
        RedirectStandardOutput = true,
    };
    StartProcess("dotnet", settings, out var lines);
    return lines.Any(l => l.Trim().StartsWith($"filingforge {command}", StringComparison.Ordinal));
}

// The redline against the last published draft, when there is one and this FilingForge has `diff`; otherwise a note
// in the package says why there is none, so a reviewer never mistakes a missing redline for "no changes".
void WriteRedline(string folder, string lastPublished, long commitTime)
{
    string skipped = null;
    if (!System.IO.File.Exists(System.IO.Path.Combine(lastPublished, "manifest.json")))
        skipped = $"no previous published draft in {lastPublished} (first publish of this filing from this checkout or CI cache)";
    else if (!HasCommand("diff"))
        skipped = "this FilingForge has no `diff` command yet";

    if (skipped is null)
    {
        FilingForge($"diff \"{lastPublished}\" \"{folder}\" -o \"{folder}/redline\"", commitTime, throwOnFailure: true);
        return;
    }

    Warning($"Redline skipped: {skipped}.");
    System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "REDLINE-SKIPPED.txt"), $"No redline in this package: {skipped}.\n");
}

// manifest.json is the build's; Publish checks that every PDF has its page count and adds the draft label and the
// files Publish itself wrote (SARIF, redline), each with its SHA-256 and size.
void CompleteManifest(string folder, string revision, string draftDate)
{
    var path = System.IO.Path.Combine(folder, "manifest.json");
    var manifest = JsonNode.Parse(System.IO.File.ReadAllText(path)).AsObject();
    var files = manifest["files"].AsArray();
    var listed = new HashSet<string>(files.Select(f => (string)f["name"]), StringComparer.Ordinal);
    foreach (var pdf in files.Where(f => (string)f["format"] == "pdf"))
        if (pdf["pages"] is null) throw new Exception($"manifest.json has no page count for {pdf["name"]}");

    var extra = new JsonArray();
    foreach (var file in RelativeFiles(folder).Where(f => f != "manifest.json" && !listed.Contains(f)))
    {
        var bytes = System.IO.File.ReadAllBytes(System.IO.Path.Combine(folder, file));
        extra.Add(new JsonObject { ["name"] = file, ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)), ["size"] = bytes.Length });
    }

    manifest["draft"] = new JsonObject { ["revision"] = revision, ["date"] = draftDate };
    manifest["published"] = extra;
    var text = manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n") + "\n";
    System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
}

// Same folder, same zip: entries in ordinal order with forward slashes, one fixed timestamp (the commit's), no directory entries.
void PackDeterministically(string folder, string zip, DateTimeOffset timestamp)
{
    var stamp = timestamp.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
    if (System.IO.File.Exists(zip)) System.IO.File.Delete(zip);
    var prefix = System.IO.Path.GetFileName(folder);
    using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
    foreach (var file in RelativeFiles(folder))
    {
        var entry = archive.CreateEntry($"{prefix}/{file}", CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        using var target = entry.Open();
        using var source = System.IO.File.OpenRead(System.IO.Path.Combine(folder, file));
        source.CopyTo(target);
    }
}

// The outputs of this draft (not its redline) become the base of the next Publish's redline.
void KeepAsLastPublished(string folder, string lastPublished)
{
    if (System.IO.Directory.Exists(lastPublished)) System.IO.Directory.Delete(lastPublished, recursive: true);
    System.IO.Directory.CreateDirectory(lastPublished);
    foreach (var file in System.IO.Directory.GetFiles(folder))
        System.IO.File.Copy(file, System.IO.Path.Combine(lastPublished, System.IO.Path.GetFileName(file)));
}

IEnumerable<string> RelativeFiles(string folder) =>
    System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .OrderBy(f => f, StringComparer.Ordinal);
