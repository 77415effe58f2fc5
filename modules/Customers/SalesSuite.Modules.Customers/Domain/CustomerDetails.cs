using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>
/// The details of a customer a user edits. A detail left null stays as it is; the ones that can be cleared change through a
/// <see cref="Change{T}"/>, whose value may be null. <see cref="Address"/> replaces every part (one left out is cleared).
/// </summary>
internal sealed record CustomerDetails
{
    public string? Name { get; init; }

    public CustomerKind? Kind { get; init; }

    public Change<string?>? Level { get; init; }

    public Change<string?>? Category { get; init; }

    public Change<string?>? Industry { get; init; }

    public Change<string?>? Source { get; init; }

    public Change<string?>? Region { get; init; }

    public string? OwnerId { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyDictionary<string, string?>? Address { get; init; }
}
