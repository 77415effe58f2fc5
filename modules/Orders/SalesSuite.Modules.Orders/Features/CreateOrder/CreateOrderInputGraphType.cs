using GraphQL.Types;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CreateOrder;

internal sealed class CreateOrderInputGraphType : TypedInputGraphType<CreateOrderInput>
{
    public CreateOrderInputGraphType(SpecificationAttributeInputGraphType attribute)
        : base("CreateOrderInput", "A draft order for a customer you can see.")
    {
        Input("customerId", new NonNullGraphType(new IdGraphType()));
        Input("opportunityId", new IdGraphType());
        Input("currency", new StringGraphType());
        Input("ownerId", new StringGraphType());
        Input("notes", new StringGraphType());
        Input("lines", new ListGraphType(new NonNullGraphType(new OrderLineInputGraphType(attribute))));
    }

    protected override CreateOrderInput Bind(InputValues values) => new()
    {
        CustomerId = values.RawText("customerId"),
        OpportunityId = values.Text("opportunityId") is null ? null : values.RawText("opportunityId"),
        Currency = values.Text("currency"),
        OwnerId = values.Text("ownerId"),
        Notes = values.Text("notes"),
        Lines = values.Objects<OrderLineInput>("lines"),
    };
}
