using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.GetCustomer;

/// <summary>customer(id:): one customer.</summary>
internal static class GetCustomerField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(CustomersSchema.ById("customer", "Customer", db => db.Customers, "One customer by id; null when it does not exist."));
    }
}
