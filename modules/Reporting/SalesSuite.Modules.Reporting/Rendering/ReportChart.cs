namespace SalesSuite.Modules.Reporting.Rendering;

internal enum ChartKind
{
    /// <summary>Grouped bars, one per series in each category.</summary>
    Bar,

    /// <summary>One line per series across the categories.</summary>
    Line,

    /// <summary>One series; each category is a stage, shown with its share of the first stage.</summary>
    Funnel,

    /// <summary>One series; each category is a slice of the total.</summary>
    Pie,
}

internal sealed record ChartSeries
{
    public ChartSeries(string name, IEnumerable<decimal> values)
    {
        Name = ReportText.Required(name, nameof(name));
        ArgumentNullException.ThrowIfNull(values);
        Values = Array.AsReadOnly(values.ToArray());
    }

    public string Name { get; }

    public IReadOnlyList<decimal> Values { get; }
}

/// <summary>Chart-ready data: categories along one axis, one or more named series of values.</summary>
internal sealed record ReportChart
{
    public ReportChart(ChartKind kind, string title, IEnumerable<string> categories, IEnumerable<ChartSeries> series,
        string? valueCaption = null, ColumnKind valueKind = ColumnKind.Number)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentException($"Unknown chart kind {(int)kind}.", nameof(kind));
        Title = ReportText.Required(title, nameof(title));
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        Categories = ReportText.NoNulls(categories, nameof(categories));
        Series = ReportText.NoNulls(series, nameof(series));
        ValueCaption = string.IsNullOrWhiteSpace(valueCaption) ? null : valueCaption;
        ValueKind = valueKind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Money or ColumnKind.Percent
            ? valueKind
            : throw new ArgumentException($"A chart's values are numbers; {valueKind} is not a numeric kind.", nameof(valueKind));

        if (Series.Count == 0)
        {
            throw new ArgumentException($"The chart '{title}' needs at least one series.", nameof(series));
        }

        if (Series.FirstOrDefault(s => s.Values.Count != Categories.Count) is { } mismatched)
        {
            throw new ArgumentException(
                $"The series '{mismatched.Name}' has {mismatched.Values.Count} values for {Categories.Count} categories.", nameof(series));
        }

        if (ValueKind is ColumnKind.Integer && Series.SelectMany(s => s.Values).Any(v => !decimal.IsInteger(v)))
        {
            throw new ArgumentException($"The chart '{title}' holds Integer values, but one has a fraction.", nameof(valueKind));
        }

        if (kind is ChartKind.Pie or ChartKind.Funnel)
        {
            if (Series.Count != 1)
            {
                throw new ArgumentException($"A {kind} chart shows exactly one series, not {Series.Count}.", nameof(series));
            }

            var negative = Series[0].Values.Select((value, index) => (value, index)).FirstOrDefault(p => p.value < 0);
            if (negative.value < 0)
            {
                throw new ArgumentException(
                    $"A {kind} chart cannot show the negative value {negative.value} ('{Categories[negative.index]}').", nameof(series));
            }
        }
    }

    public ChartKind Kind { get; }

    public string Title { get; }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>What the values are, e.g. "Revenue (EUR)": the value axis's caption.</summary>
    public string? ValueCaption { get; }

    /// <summary>How values are formatted: Integer, Number, Money or Percent.</summary>
    public ColumnKind ValueKind { get; }

    public bool HasData => Categories.Count > 0;

    /// <summary>The chart's data as a table: a category column, then one column per series.</summary>
    public ReportTable ToTable() => new(
        [new ReportColumn("Category", ColumnKind.Text), .. Series.Select(s => new ReportColumn(s.Name, ValueKind))],
        Categories.Select((category, i) => (IEnumerable<object?>)[category, .. Series.Select(s => (object?)s.Values[i])]));
}
