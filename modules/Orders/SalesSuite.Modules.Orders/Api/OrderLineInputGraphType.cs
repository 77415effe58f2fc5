using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>OrderLineInput, createOrder's lines; <see cref="Declare"/> and <see cref="BindLine"/> also give addOrderLine its line fields.</summary>
internal sealed class OrderLineInputGraphType : TypedInputGraphType<OrderLineInput>
{
    public OrderLineInputGraphType(SpecificationAttributeInputGraphType attribute)
        : base("OrderLineInput", "A product (price and tax from the catalog unless given) or a custom item (description and unit price).")
    {
        Declare((name, type, description) => Input(name, type, description), attribute);
    }

    /// <summary>The line fields in schema order, with their units, through <paramref name="input"/>.</summary>
    public static void Declare(Func<string, IGraphType, string?, FieldType> input, SpecificationAttributeInputGraphType attribute)
    {
        input("productId", new IdGraphType(), null);
        input("description", new StringGraphType(), null);
        input("quantity", new NonNullGraphType(new DecimalGraphType()), "Units of the product or item.");
        input("unitPrice", new DecimalGraphType(), "In the order's currency; the catalog price when left out.");
        input("discount", new DecimalGraphType(), "Percent (0-100) off quantity × unit price.");
        input("taxRate", new DecimalGraphType(), "Percent; the product's when left out.");
        input("attributes", new ListGraphType(new NonNullGraphType(attribute)), null);
    }

    /// <summary>The line from its fields as sent.</summary>
    public static OrderLineInput BindLine(InputValues values) => new()
    {
        ProductId = values.Text("productId") is null ? null : values.RawText("productId"),
        Description = values.Text("description"),
        Quantity = values.Value<decimal>("quantity"),
        UnitPrice = values.Value<decimal>("unitPrice"),
        Discount = values.Value<decimal>("discount"),
        TaxRate = values.Value<decimal>("taxRate"),
        Attributes = values.Objects<SpecificationAttributeInput>("attributes"),
    };

    protected override OrderLineInput Bind(InputValues values) => BindLine(values);
}
