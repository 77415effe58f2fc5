namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>Lets other modules check customers they refer to, within the current user's scope.</summary>
public interface ICustomerDirectory
{
    /// <summary>The ids among <paramref name="ids"/> of customers that exist and that the current user may see.</summary>
    Task<IReadOnlySet<Guid>> VisibleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> visible customers, oldest first (demo data and samples).</summary>
    Task<IReadOnlyList<CustomerSummary>> FirstAsync(int count, CancellationToken cancellationToken);
}

public sealed record CustomerSummary(Guid Id, string Name, string OwnerId);
