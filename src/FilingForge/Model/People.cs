namespace FilingForge.Model;

/// <summary><c>people.yaml</c>: everyone the filing names. Other files refer to a person by <see cref="Person.Id"/>.</summary>
public sealed class PeopleFile : ModelNode
{
    public required List<Person> People { get; init; }
}

public sealed class Person : ModelNode
{
    /// <summary>Short lowercase id other files use, such as "almgren".</summary>
    public required string Id { get; init; }
    /// <summary>Full name as printed, such as "Jean-René Marcoux".</summary>
    public required string Name { get; init; }
    /// <summary>Mr., Ms., Dr.; used with <see cref="Surname"/> in prose.</summary>
    public required string Honorific { get; init; }
    public required string Surname { get; init; }
    /// <summary>Only for holders whose address the ownership table must give (five percent owners).</summary>
    public PostalAddress? Address { get; init; }
}
