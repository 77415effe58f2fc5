namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

internal sealed class ImportCustomersOptions
{
    public const string Section = "Customers:Import";

    /// <summary>Most data rows one file may have; a larger file is refused with LIMIT_EXCEEDED.</summary>
    public int MaxRows { get; set; } = 50_000;
}
