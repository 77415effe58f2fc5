using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RestoreCustomer;

/// <summary>The customer to change, and optionally the version read (then a change since is a CONFLICT).</summary>
internal sealed record RestoreCustomerInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
