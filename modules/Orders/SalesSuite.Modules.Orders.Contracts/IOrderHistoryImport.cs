namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>
/// Imports confirmed orders with their payments, shipments and original dates, the exchange rates and products they were
/// sold at (from the system a tenant leaves, or the demo's history), into the current tenant, as the system. Idempotent: an
/// order (by id), a rate (by currency and date), a product (by SKU) or a number sequence the tenant has already is left as it is.
/// Saves publish what they publish for any order save; no audit entry. The read models catch up by their rebuild.
/// </summary>
public interface IOrderHistoryImport
{
    /// <summary>Writes what the tenant does not have yet, day by day, in one transaction; returns how many orders it added.</summary>
    Task<int> ImportAsync(OrderHistory history, CancellationToken cancellationToken);
}
