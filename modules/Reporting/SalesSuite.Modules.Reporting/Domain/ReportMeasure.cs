namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A figure of the sales read model a template shows (a column of its table, the values of a chart).</summary>
internal enum ReportMeasure
{
    Revenue,
    Orders,
    OrderLines,
    Quantity,
}
