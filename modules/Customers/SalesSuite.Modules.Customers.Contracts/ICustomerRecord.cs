namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// What other modules and plugins may read of a customer that reaches them as the source of a field they add to
/// the <c>Customer</c> GraphQL type (e.g. <c>Customer.owner</c>): cast <c>context.Source</c> to this interface.
/// </summary>
public interface ICustomerRecord
{
    Guid Id { get; }

    string Name { get; }

    /// <summary>Code of a tenant-defined customer level, if any.</summary>
    string? Level { get; }

    /// <summary>User id of the sales rep who owns the customer.</summary>
    string OwnerId { get; }
}
