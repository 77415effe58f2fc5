using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.AddContact;

/// <summary>A contact to add to a customer.</summary>
internal sealed record AddContactInput
{
    public string? CustomerId { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<bool?> IsPrimary { get; init; }
}
