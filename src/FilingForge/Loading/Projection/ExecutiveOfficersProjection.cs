using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>executive-officers.yaml</c> into <see cref="ExecutiveOfficersFile"/>.</summary>
internal static class ExecutiveOfficersProjection
{
    public static ExecutiveOfficersFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new ExecutiveOfficersFile
        {
            Officers = read.Objects(nameof(ExecutiveOfficersFile.Officers), OfficerOf),
        });
    }

    private static ExecutiveOfficer OfficerOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new ExecutiveOfficer
        {
            Person = read.Text(nameof(ExecutiveOfficer.Person)),
            Age = read.Int32(nameof(ExecutiveOfficer.Age)),
            Position = read.Text(nameof(ExecutiveOfficer.Position)),
            Biography = read.Markdown(nameof(ExecutiveOfficer.Biography)),
        });
    }
}
