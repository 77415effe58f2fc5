using GraphQL.Types;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ListProducts;

/// <summary>products: the catalog, filtered, sorted and paged (by SKU unless told otherwise).</summary>
internal static class ListProductsField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create("products", new NonNullGraphType(ConnectionTypes.For(slice, "Product")), async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await OrdersSchema.ProductSpec.ToConnectionAsync(db.Products, ctx, q => q.OrderBy(p => p.Sku));
        }, "The product catalog.", OrdersSchema.ProductSpec.Arguments(slice)));
    }
}
