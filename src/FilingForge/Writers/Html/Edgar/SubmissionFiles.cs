namespace FilingForge.Writers.Html.Edgar;

/// <summary>The other files of a submission, which relative links and images must name.</summary>
public interface ISubmissionFiles
{
    /// <summary>The bytes of the submission file <paramref name="name"/>, or null when the submission has no such file.</summary>
    byte[]? Read(string name);
}

/// <summary>A submission laid out as one folder (EDGAR submissions are flat: no subfolders).</summary>
public sealed class FolderSubmission(string folder) : ISubmissionFiles
{
    public byte[]? Read(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..") return null;
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
