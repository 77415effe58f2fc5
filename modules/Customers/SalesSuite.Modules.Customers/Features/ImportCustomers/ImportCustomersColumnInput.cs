namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

/// <summary>Which CSV column (by its header) fills which field (<c>ColumnMappingInput</c>).</summary>
internal sealed record ImportCustomersColumnInput
{
    public string? Column { get; init; }

    public string? Field { get; init; }
}
