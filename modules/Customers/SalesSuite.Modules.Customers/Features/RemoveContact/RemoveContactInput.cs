namespace SalesSuite.Modules.Customers.Features.RemoveContact;

/// <summary>The contact to remove.</summary>
internal sealed record RemoveContactInput
{
    public string? Id { get; init; }
}
