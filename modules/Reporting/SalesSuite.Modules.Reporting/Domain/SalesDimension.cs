namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>What a report's rows are grouped by: a period of the tenant's calendar, or a dimension of the read model.</summary>
internal enum SalesDimension
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Rep,
    Product,
    Customer,
    Team,
    Region,
    CustomerLevel,
    Source,
}
