using SalesSuite.Modules.Customers.Contracts;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>The customer's integration events, built in one place for the saves that publish them and for the replay.</summary>
internal static class CustomerEvents
{
    /// <summary>The properties whose change is published: what reports group and filter customers by.</summary>
    public static readonly string[] Reported =
        [nameof(Customer.Name), nameof(Customer.Level), nameof(Customer.Source), nameof(Customer.Region), nameof(Customer.OwnerId),
            nameof(Customer.ArchivedAt)];

    public static CustomerChanged Changed(Customer customer, DateTimeOffset at) =>
        new(customer.Id, customer.Name, customer.Level, customer.Source, customer.Region, customer.OwnerId, customer.ArchivedAt is not null, customer.Version,
            at);
}
