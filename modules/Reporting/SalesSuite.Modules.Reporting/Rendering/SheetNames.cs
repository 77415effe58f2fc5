namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>Excel's rules for sheet names: 1 to 31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case.</summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    /// <summary>"History" is reserved by Excel; a sheet of that name makes Excel repair the file.</summary>
    private static readonly string[] Reserved = ["History"];

    public static IReadOnlyList<string> Unique(IEnumerable<string> wanted)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted.Select(Sanitise))
        {
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                var suffix = $" ({n})";
                unique = Cut(name, MaxLength - suffix.Length).TrimEnd() + suffix;
            }

            names.Add(unique);
        }

        return names;
    }

    public static string Sanitise(string name)
    {
        var replaced = string.Concat(ReportFormat.XmlSafe(name).Select(c => c switch
        {
            '[' => '(',
            ']' => ')',
            ':' or '*' or '?' or '/' or '\\' => '-',
            _ when char.IsControl(c) => ' ',
            _ => c,
        }));
        var trimmed = Cut(replaced.Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return trimmed.Length == 0 ? "Sheet" : trimmed;
    }

    /// <summary>Quotes a sheet name for a reference such as <c>'Q1 ''26'!A1</c>.</summary>
    public static string Quote(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }
}
