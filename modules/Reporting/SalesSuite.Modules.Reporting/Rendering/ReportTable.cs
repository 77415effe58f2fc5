namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>How a column's values are stored and shown.</summary>
internal enum ColumnKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, shown with two decimals.</summary>
    Number,

    /// <summary>An amount in the document's currency, shown with two decimals and the currency code.</summary>
    Money,

    /// <summary>A fraction: 0.125 is shown as 12.5%.</summary>
    Percent,

    /// <summary>A day (<see cref="DateOnly"/>; a <see cref="DateTime"/> is taken for its date).</summary>
    Date,
}

internal sealed record ReportColumn
{
    public ReportColumn(string name, ColumnKind kind)
    {
        Name = ReportText.Required(name, nameof(name));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentException($"Unknown column kind {(int)kind}.", nameof(kind));
    }

    public string Name { get; }

    public ColumnKind Kind { get; }

    public bool IsNumeric => Kind is not ColumnKind.Text;
}

/// <summary>
/// Columns, rows of values and an optional totals row. Values are normalised on construction: numbers of any
/// CLR type become <see cref="decimal"/>, dates become <see cref="DateOnly"/>, null is an empty cell.
/// </summary>
internal sealed record ReportTable
{
    public ReportTable(IEnumerable<ReportColumn> columns, IEnumerable<IEnumerable<object?>> rows, IEnumerable<object?>? totals = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = ReportText.NoNulls(columns, nameof(columns));
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Rows = Array.AsReadOnly(rows.Select((row, index) => Normalise(row, $"Row {index}", nameof(rows))).ToArray());
        Totals = totals is null ? null : Normalise(totals, "The totals row", nameof(totals));
    }

    public IReadOnlyList<ReportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    public IReadOnlyList<object?>? Totals { get; }

    private IReadOnlyList<object?> Normalise(IEnumerable<object?>? row, string what, string parameter)
    {
        if (row is null)
        {
            throw new ArgumentException($"{what} is null.", parameter);
        }

        var values = row.ToArray();
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{what} has {values.Length} values for {Columns.Count} columns.", parameter);
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NormaliseValue(values[i], Columns[i], what, parameter);
        }

        return Array.AsReadOnly(values);
    }

    private static object? NormaliseValue(object? value, ReportColumn column, string what, string parameter)
    {
        if (value is null)
        {
            return null;
        }

        var normalised = column.Kind switch
        {
            ColumnKind.Text => value as string,
            ColumnKind.Date => value switch
            {
                DateOnly date => date,
                DateTime dateTime => DateOnly.FromDateTime(dateTime),
                _ => null,
            },
            ColumnKind.Integer => ToDecimal(value) is { } number && decimal.IsInteger(number) ? (object)number : null,
            _ => (object?)ToDecimal(value),
        };
        return normalised ?? throw new ArgumentException(
            $"{what}: '{value}' ({value.GetType().Name}) is not a valid {column.Kind} value for the column '{column.Name}'.", parameter);
    }

    private static decimal? ToDecimal(object value) => value switch
    {
        decimal d => d,
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        _ => null,
    };
}
