namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// Imports a book of customers with their original dates, e.g. from the CRM a tenant leaves, or the demo's sample data: into
/// the current tenant, as the system. Idempotent: a customer, interaction, level or category the tenant has already (by id,
/// by code) is left as it is. Saves publish the integration events of any customer registration (the read models follow);
/// no audit entry, as no user acts.
/// </summary>
public interface ICustomerHistoryImport
{
    /// <summary>Writes the records the tenant does not have yet, in one transaction; returns how many customers it added.</summary>
    Task<int> ImportAsync(CustomerHistory history, CancellationToken cancellationToken);
}
