using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>people.yaml</c> into <see cref="PeopleFile"/>.</summary>
internal static class PeopleProjection
{
    public static PeopleFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new PeopleFile
        {
            People = read.Objects(nameof(PeopleFile.People), PersonOf),
        });
    }

    private static Person PersonOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Person
        {
            Id = read.Text(nameof(Person.Id)),
            Name = read.Text(nameof(Person.Name)),
            Honorific = read.Text(nameof(Person.Honorific)),
            Surname = read.Text(nameof(Person.Surname)),
            Address = read.OptionalObject(nameof(Person.Address), PostalAddressProjection.Of),
        });
    }
}
