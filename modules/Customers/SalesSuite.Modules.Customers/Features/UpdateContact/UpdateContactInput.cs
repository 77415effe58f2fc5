using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.UpdateContact;

/// <summary>Changes to a contact; fields left out stay as they are.</summary>
internal sealed record UpdateContactInput
{
    public string? Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<bool?> IsPrimary { get; init; }
}
