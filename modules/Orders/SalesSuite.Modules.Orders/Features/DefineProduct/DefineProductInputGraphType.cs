using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.DefineProduct;

internal sealed class DefineProductInputGraphType : TypedInputGraphType<DefineProductInput>
{
    public DefineProductInputGraphType()
        : base("DefineProductInput", "Creates or changes a product (by SKU).")
    {
        Input("sku", new NonNullGraphType(new StringGraphType()));
        Input("version", new LongGraphType());
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("unitPrice", new NonNullGraphType(new DecimalGraphType()), "In the product's currency.");
        Input("currency", new StringGraphType());
        Input("taxRate", new DecimalGraphType(), "Percent.");
        Input("active", new BooleanGraphType());
    }

    protected override DefineProductInput Bind(InputValues values) => new()
    {
        Sku = values.Text("sku"),
        Version = values.Value<long>("version"),
        Name = values.Text("name"),
        UnitPrice = values.Value<decimal>("unitPrice"),
        Currency = values.Text("currency"),
        TaxRate = values.Value<decimal>("taxRate"),
        Active = values.Value<bool>("active"),
    };
}
