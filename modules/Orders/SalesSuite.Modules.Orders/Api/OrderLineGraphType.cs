using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class OrderLineGraphType : ObjectGraphType<OrderLine>
{
    public OrderLineGraphType()
    {
        Name = "OrderLine";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("OrderLine", ctx.Source.Id));
        Field<IdGraphType>("productId").Resolve(ctx => ctx.Source.ProductId is { } id ? GlobalId.Encode("Product", id) : null);
        Field(x => x.Sku, nullable: true);
        Field(x => x.Description);
        Field<NonNullGraphType<DecimalGraphType>>("quantity").Resolve(ctx => ctx.Source.Quantity).FieldType.NotDerived();
        Field<DecimalGraphType>("unitPrice").Description("In the order's currency; the order's lines add up to its total.")
            .Resolve(ctx => ctx.Source.UnitPrice).FieldType.DerivedFrom("Order.total");
        Field(x => x.Discount).Description("Percent.").FieldType.NotDerived();
        Field(x => x.TaxRate).Description("Percent.").FieldType.NotDerived();
        Field<DecimalGraphType>("net").Description("quantity × unit price × (1 − discount / 100), rounded to cents half away from zero.")
            .Resolve(ctx => ctx.Source.Net)
            .FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("tax").Description("net × tax rate / 100, rounded to cents half away from zero.").Resolve(ctx => ctx.Source.Tax).FieldType
            .DerivedFrom("Order.total");
        Field<NonNullGraphType<DecimalGraphType>>("shippedQuantity").Resolve(ctx => Scaled.To(ctx.Source.ShippedScaled)).FieldType.NotDerived();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecificationAttributeGraphType>>>>("attributes")
            .Resolve(ctx => ctx.Source.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToList());
    }
}
