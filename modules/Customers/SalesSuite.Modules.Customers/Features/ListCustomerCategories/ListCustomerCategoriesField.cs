using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.ListCustomerCategories;

/// <summary>customerCategories: the tenant's categories.</summary>
internal static class ListCustomerCategoriesField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create(
            "customerCategories",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("CustomerCategory")))),
            async ctx =>
            {
                await using var db = ctx.Db<CustomersDbContext>();
                return await db.Categories.OrderBy(l => l.Name).ToListAsync(ctx.CancellationToken);
            },
            "The tenant's customer categories."));
    }
}
