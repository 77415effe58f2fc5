namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// An imported customer, registered at <see cref="RegisteredAt"/> (its created stamp and registration day) with its contacts
/// (the first is the primary one); <see cref="Level"/> and <see cref="Category"/> are codes of the tenant's levels and categories.
/// </summary>
public sealed record CustomerHistoryRecord
{
    public required Guid Id { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required string Name { get; init; }

    /// <summary>A person rather than a company.</summary>
    public bool IsPerson { get; init; }

    /// <summary>The user id of the sales rep who owns it.</summary>
    public required string OwnerId { get; init; }

    public IReadOnlyList<ContactRecord> Contacts { get; init; } = [];

    public CustomerLifecycle Lifecycle { get; init; }

    public string? Level { get; init; }

    public string? Category { get; init; }

    public string? Industry { get; init; }

    public string? Source { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? AddressLine1 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }
}
