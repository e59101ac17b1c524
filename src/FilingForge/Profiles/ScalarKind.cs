namespace FilingForge.Profiles;

/// <summary>
/// What a single value of a filing is. The kind says more than the value's .NET type: a money amount and a share count
/// are both numbers, but they are bounded, formatted and tagged differently.
/// </summary>
public enum ScalarKind
{
    /// <summary>Plain text, escaped wherever it is printed.</summary>
    Text,
    /// <summary>Markdown the user writes (a biography, a report): the only text printed unescaped.</summary>
    Markdown,
    /// <summary>A dollar amount, to the cent at most.</summary>
    Money,
    /// <summary>A number of shares or options: a whole number.</summary>
    Shares,
    /// <summary>A price per share in dollars (an exercise price, a par value).</summary>
    Price,
    /// <summary>A percentage, 2.51 for 2.51%.</summary>
    Percent,
    /// <summary>A plain number with no unit (an index value).</summary>
    Number,
    /// <summary>A whole number that counts something (an age, meetings held, a proposal's number).</summary>
    Integer,
    /// <summary>A calendar or fiscal year.</summary>
    Year,
    /// <summary>An ISO date, 2003-05-30.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>The id of a person in people.yaml.</summary>
    Person,
    /// <summary>A footnote marker: letters, digits and '*' (1, a, *).</summary>
    Marker,
}
