using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>SpecificationAttributeInput: one instance, shared by OrderLineInput and AddOrderLineInput (<see cref="OrderPayloads"/>).</summary>
internal sealed class SpecificationAttributeInputGraphType : TypedInputGraphType<SpecificationAttributeInput>
{
    public SpecificationAttributeInputGraphType()
        : base("SpecificationAttributeInput", "A specification attribute of a custom item.")
    {
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("value", new StringGraphType());
    }

    protected override SpecificationAttributeInput Bind(InputValues values) => new() { Name = values.Text("name"), Value = values.Text("value") };
}
