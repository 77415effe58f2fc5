using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.GetOrder;

/// <summary>order(id:): one order with its lines.</summary>
internal static class GetOrderField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create("order", new GraphQLTypeReference("Order"), async ctx =>
        {
            var id = GlobalId.Decode(ctx.GetArgument<string>("id"), "Order", "id");
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ctx.CancellationToken);
        }, "One order; null when it does not exist or is outside your scope.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" })));
    }
}
