using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

/// <summary>A quarter's report with every column kind, every chart kind and the kinds of text tenants type.</summary>
internal static class ReportSamples
{
    public const string Script = "<script>alert(1)</script>";

    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 25, 19, 30, 0, TimeSpan.FromHours(1));

    public static ReportChart Bar(params (string Name, decimal[] Values)[] series) =>
        new(ChartKind.Bar, "Revenue by month", ["Jul", "Aug", "Sep"], series.Select(s => new ChartSeries(s.Name, s.Values)), "Revenue (EUR)", ColumnKind.Money);

    public static ReportDocument Quarter() => new(
        "Sales report",
        "Q3 2026 (1 July – 30 September)",
        "Demo & Co",
        GeneratedAt,
        "EUR",
        [
            new ReportSection(
                "Revenue by month",
                new ReportTable(
                    [
                        new ReportColumn("Month", ColumnKind.Text), new ReportColumn("Orders", ColumnKind.Integer),
                        new ReportColumn("Revenue", ColumnKind.Money), new ReportColumn("Share", ColumnKind.Percent),
                        new ReportColumn("First order", ColumnKind.Date), new ReportColumn("Average items", ColumnKind.Number),
                    ],
                    [
                        ["July", 1204, 1234567.89m, 0.125m, new DateOnly(2026, 7, 1), 3.5],
                        ["August", 980, 2500m, 0.5m, new DateTime(2026, 8, 3), 2],
                        ["September", 17L, -120.5m, 0.375m, null, null],
                    ],
                    ["Total", 2201, 1236947.39m, 1m, null, null]),
                Bar(("Revenue", [1234567.89m, 2500m, -120.5m]), ("Target", [1000000m, 1000000m, 1000000m]))),
            new ReportSection(
                "Top customers",
                new ReportTable(
                    [new ReportColumn("Customer", ColumnKind.Text), new ReportColumn("Revenue", ColumnKind.Money)],
                    [[Script, 1000m], ["Müller & Söhne \"Nord\"", 250.25m], ["Bell\u0007 Ltd", 1m]])),
            new ReportSection(
                "Pipeline: stages [open]",
                chart: new ReportChart(ChartKind.Funnel, "Pipeline", ["Lead", "Qualified", "Proposal", "Won"],
                    [new ChartSeries("Opportunities", [200, 120, 50, 10])], "Opportunities", ColumnKind.Integer)),
            new ReportSection(
                "Won by source",
                chart: new ReportChart(ChartKind.Pie, "Won by source", ["Web", "Referral", "Fair"],
                    [new ChartSeries("Won", [50, 30, 20])], "Won deals", ColumnKind.Integer)),
            new ReportSection(
                "Orders per week",
                chart: new ReportChart(ChartKind.Line, "Orders per week", ["W27", "W28", "W29", "W30"],
                    [new ChartSeries("2026", [12, 18, 9, 22]), new ChartSeries("2025", [10, 11, 14, 15])], "Orders", ColumnKind.Integer)),
        ]);
}
