using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Api;

internal static class CustomerLoaders
{
    public static BatchLoader<Guid, Customer> ById(GraphQL.IResolveFieldContext ctx)
    {
        return ctx.Loader<CustomersDbContext, Guid, Customer>("customers.byId", async (db, ids, ct) =>
        {
            return await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        });
    }
}
