using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Features.DefineProduct;

/// <summary>Adds a product to the catalog, or changes the one with the SKU (send version to refuse a change made since: CONFLICT).</summary>
internal sealed class DefineProductHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<Product> HandleAsync(DefineProductInput input, CancellationToken ct)
    {
        var details = DefineProductValidator.Check(input);
        await using var db = contexts.Create();
        var product = await db.Products.AsTracking().FirstOrDefaultAsync(p => p.Sku == input.Sku, ct);
        if (product is null)
        {
            product = Product.Define(input.Sku!, details);
            db.Products.Add(product);
        }
        else
        {
            db.ExpectVersion(product, input.Version);
            db.Touch(product);
            product.Change(details);
        }

        await db.SaveChangesAsync(ct);
        return product;
    }
}
