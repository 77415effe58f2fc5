using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.UpdateCustomer;

/// <summary>Changes to a customer: a field left out stays as it is; a nullable one sent as null is cleared.</summary>
internal sealed record UpdateCustomerInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<CustomerKind?> Kind { get; init; }

    public Optional<string?> Level { get; init; }

    public Optional<string?> Category { get; init; }

    public Optional<string?> Industry { get; init; }

    public Optional<string?> Source { get; init; }

    public Optional<string?> Region { get; init; }

    public Optional<AddressInput?> Address { get; init; }

    public Optional<IReadOnlyList<string>?> Tags { get; init; }

    public Optional<string?> OwnerId { get; init; }
}
