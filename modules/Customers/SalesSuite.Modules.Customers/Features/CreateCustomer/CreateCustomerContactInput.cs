using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

/// <summary>One contact of a new customer (<c>ContactInput</c>).</summary>
internal sealed record CreateCustomerContactInput
{
    public Optional<string?> Name { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<bool?> IsPrimary { get; init; }
}
