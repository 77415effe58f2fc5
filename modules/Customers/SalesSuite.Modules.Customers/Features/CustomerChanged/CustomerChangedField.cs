using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.CustomerChanged;

/// <summary>Subscription customerChanged(where:): committed changes to the customers the subscriber may read.</summary>
internal static class CustomerChangedField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddSubscriptionField(LiveChanges.Field<CustomersDbContext, Domain.Customer>(slice, "customerChanged", CustomersSchema.CustomerSpec, "customer",
            "customer.", db => db.Customers,
            "Customers created, changed, archived or deleted, once committed: only those you may read, and that match where when it is sent."));
    }
}
