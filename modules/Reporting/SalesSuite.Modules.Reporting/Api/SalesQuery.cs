using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>What a sales report is asked for (by <c>salesReport</c> or a report template); <see cref="SalesReport.ComputeAsync"/> answers it.</summary>
/// <param name="WithPipeline">Whether to compute the opportunity measures (their groups add rows without sales).</param>
internal sealed record SalesQuery(DateOnly From, DateOnly To, List<SalesDimension> GroupBy, ReportFilter Filter, bool CompareToPrevious = false,
    bool WithPipeline = false);
