namespace SalesSuite.Modules.Customers.Features.RevertCustomerImport;

/// <summary>The import to undo.</summary>
internal sealed record RevertCustomerImportInput
{
    public string? Id { get; init; }
}
