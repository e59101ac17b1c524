using System.Globalization;
using System.Text;

namespace FilingForge.Cards;

/// <summary>
/// Writes a synthetic holder register of any size for benchmarks and tests. Deterministic for a given seed; names
/// include non-ASCII and joint holders so that the card path is exercised the way a real register would.
/// </summary>
public static class SyntheticRegister
{
    private static readonly string[] Given = ["Anna", "Jean-René", "Karen", "Eliot", "María", "Søren", "Wei", "Olusegun", "Chloé", "John", "Priya", "Émile"];
    private static readonly string[] Family = ["Almgren", "Marcoux", "Clark", "Protsch", "García", "Kjærgaard", "Zhang", "Adeyemi", "Dubois", "McDonald", "Raman", "Lefèvre"];
    private static readonly string[] Streets = ["Nordhoff Street", "Topanga Canyon Blvd.", "Rue Sainte-Catherine", "Main Street", "Elm Avenue"];
    private static readonly string[] Cities = ["Chatsworth, CA 91311", "Montréal, QC H3B 1A7", "Des Moines, IA 50309", "Palo Alto, CA 94305"];

    public static void Write(TextWriter writer, int holders, int seed = 2003)
    {
        var random = new Random(seed);
        writer.Write(string.Join(",", HolderRegisterReader.Columns));
        writer.Write('\n');
        var line = new StringBuilder(160);
        for (var i = 1; i <= holders; i++)
        {
            line.Clear();
            var first = Pick(random, Given) + " " + Pick(random, Family);
            var joint = random.Next(5) == 0 ? Pick(random, Given) + " " + Pick(random, Family) : "";
            line.Append('H').Append(i.ToString("D8", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvLine.Quote(first)).Append(',').Append(CsvLine.Quote(joint)).Append(',')
                .Append(CsvLine.Quote($"{random.Next(1, 99999).ToString(CultureInfo.InvariantCulture)} {Pick(random, Streets)}")).Append(',')
                .Append(random.Next(4) == 0 ? "\"Apt. " + random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "\"" : "").Append(',')
                .Append(CsvLine.Quote(Pick(random, Cities))).Append(',')
                .Append(random.Next(1, 2_000_000).ToString(CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
