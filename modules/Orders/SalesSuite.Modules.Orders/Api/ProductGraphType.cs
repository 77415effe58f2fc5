using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class ProductGraphType : ObjectGraphType<Product>
{
    public ProductGraphType()
    {
        Name = "Product";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Product;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Product", ctx.Source.Id));
        Field(x => x.Sku);
        Field(x => x.Name);
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Description("In the product's currency.")
            .Resolve(ctx => Scaled.To(ctx.Source.UnitPriceScaled)).FieldType.NotDerived();
        Field(x => x.Currency);
        Field(x => x.TaxRate).Description("Percent.").FieldType.NotDerived();
        Field(x => x.Active);
        Field(x => x.Version);
    }
}
