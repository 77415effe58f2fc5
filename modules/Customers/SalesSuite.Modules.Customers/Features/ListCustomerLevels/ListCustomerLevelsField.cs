using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.ListCustomerLevels;

/// <summary>customerLevels: the tenant's levels, highest first.</summary>
internal static class ListCustomerLevelsField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create(
            "customerLevels",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("CustomerLevel")))),
            async ctx =>
            {
                await using var db = ctx.Db<CustomersDbContext>();
                return await db.Levels.OrderBy(l => l.Rank).ThenBy(l => l.Code).ToListAsync(ctx.CancellationToken);
            },
            "The tenant's customer levels, highest first."));
    }
}
