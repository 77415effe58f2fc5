namespace SalesSuite.Modules.Customers.Features.ReassignCustomers;

/// <summary>Moves all customers of one owner to another.</summary>
internal sealed record ReassignCustomersInput
{
    public string? FromOwnerId { get; init; }

    public string? ToOwnerId { get; init; }
}
