using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;

/// <summary>Changes to many customers; fields left out stay as they are.</summary>
internal sealed record BulkUpdateCustomersInput
{
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>One version per id, in the same order; null when not sent.</summary>
    public IReadOnlyList<long>? Versions { get; init; }

    public Optional<string?> OwnerId { get; init; }

    public Optional<string?> Level { get; init; }

    public IReadOnlyList<string> AddTags { get; init; } = [];

    public IReadOnlyList<string> RemoveTags { get; init; } = [];
}
