namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>
/// Order figures per owner for a period, aggregated in SQL (for the Team module's performance appraisal). The caller names the owners and
/// decides who may see the result: the figures are computed for every owner asked for, whatever the current user's scope.
/// </summary>
public interface IOrderFigures
{
    /// <summary>Orders fully paid in [<paramref name="from"/>, <paramref name="to"/>) (by the day the last payment made them paid), per owner; owners without
    /// any are left out.</summary>
    Task<IReadOnlyList<OwnerOrderFigures>> PaidAsync(IReadOnlyCollection<string> ownerIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>
    /// Each customer's order history before an instant (for purchase-intent scoring): its orders confirmed before it and not
    /// cancelled, counted in SQL, a page of points per query; points without any are left out.
    /// </summary>
    Task<IReadOnlyList<CustomerOrderHistory>> HistoryBeforeAsync(IReadOnlyList<CustomerOrderPoint> points, CancellationToken cancellationToken);
}

/// <summary>The orders of <paramref name="CustomerId"/> confirmed before <paramref name="Before"/>; <paramref name="Key"/> is the caller's.</summary>
public sealed record CustomerOrderPoint(Guid Key, Guid CustomerId, DateTimeOffset Before);

/// <param name="Key">The point's key.</param>
/// <param name="Orders">Confirmed (not cancelled) orders.</param>
/// <param name="RevenueInBase">Their totals in the base currency, each at its order's confirmation rate.</param>
public sealed record CustomerOrderHistory(Guid Key, int Orders, decimal RevenueInBase);

/// <param name="OwnerId">The owner's user id.</param>
/// <param name="PaidOrders">Orders that became fully paid in the period.</param>
/// <param name="PaidRevenueInBase">Their totals in the tenant's base currency, each at its order's confirmation rate.</param>
public sealed record OwnerOrderFigures(string OwnerId, int PaidOrders, decimal PaidRevenueInBase);
