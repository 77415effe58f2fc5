using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

/// <summary>A new customer (createCustomer's input, and each row of a CSV import). Texts trimmed, blank ones null.</summary>
internal sealed record CreateCustomerInput
{
    public string? Name { get; init; }

    public CustomerKind? Kind { get; init; }

    public Optional<string?> Level { get; init; }

    public Optional<string?> Category { get; init; }

    public Optional<string?> Industry { get; init; }

    public Optional<string?> Source { get; init; }

    public Optional<string?> Region { get; init; }

    public Optional<AddressInput?> Address { get; init; }

    public Optional<IReadOnlyList<string>?> Tags { get; init; }

    /// <summary>Left out, the assignment rules (or the creator) choose the owner; sent as null it is refused.</summary>
    public Optional<string?> OwnerId { get; init; }

    public IReadOnlyList<CreateCustomerContactInput> Contacts { get; init; } = [];
}
