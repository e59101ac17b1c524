using FilingForge.Tests.Support;

namespace FilingForge.Tests.Review;

/// <summary>A temporary copy of the sample filing's data folder, edited by a test and deleted after it.</summary>
internal sealed class SampleCopy : IDisposable
{
    public SampleCopy() : this(SampleFolder)
    {
    }

    /// <param name="sample">The data folder to copy: the first sample by default, or <see cref="CabotFolder"/>.</param>
    public SampleCopy(string sample)
    {
        Folder = Directory.CreateTempSubdirectory("filingforge-sample-").FullName;
        foreach (var file in Directory.EnumerateFiles(sample)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "data", "capstone-2003");

    /// <summary>The second sample, in the 2022 form.</summary>
    public static string CabotFolder => Path.Combine(RepositoryPaths.Root, "data", "cabot-2024");

    public static string Templates => Path.Combine(RepositoryPaths.Root, "templates");

    public string Folder { get; }

    public void Edit(string fileName, string find, string replace)
    {
        var path = Path.Combine(Folder, fileName);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    /// <summary>One salary changed, one director added (a continuing director, not a nominee), one biography reworded.</summary>
    public void MakeThreeChanges()
    {
        Edit("summary-compensation.yaml", "salary: 235096", "salary: 241000");
        Edit("people.yaml", "people:\n", "people:\n  - id: simon\n    name: Gary Simon\n    honorific: Mr.\n    surname: Simon\n");
        Edit("directors.yaml", "  - person: aube\n", """
              - person: simon
                nominee: false
                independent: true
                biography: |
                  Mr. Simon joined the Board in 2003 and serves until the end of his term.
              - person: aube

            """);
        Edit("beneficial-ownership.yaml", "group:\n", "  - person: simon\n    shares: 0\ngroup:\n");
        Edit("beneficial-ownership.yaml", "as a group (11 persons)", "as a group (12 persons)");
        Edit("beneficial-ownership.yaml", "members: [protsch,", "members: [simon, protsch,");
        Edit("directors.yaml", "He holds a BBA in Economics and Finance", "He earned a BBA in Economics and Finance");
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
