using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Api;

internal sealed record SalesReportResult(string BaseCurrency, DateOnly From, DateOnly To, IReadOnlyList<SalesDimension> GroupBy, SalesMeasures Totals,
    SalesComparison? Previous, IReadOnlyList<SalesRow> Rows);
