using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Api;

/// <summary><c>AddressInput</c>, shared by createCustomer and updateCustomer.</summary>
internal sealed class AddressInputGraphType : TypedInputGraphType<AddressInput>
{
    public AddressInputGraphType()
        : base("AddressInput", "A postal address.")
    {
        Input("line1", new StringGraphType());
        Input("city", new StringGraphType());
        Input("state", new StringGraphType());
        Input("postalCode", new StringGraphType());
        Input("country", new StringGraphType());
    }

    protected override AddressInput Bind(InputValues values) => new()
    {
        Line1 = values.Text("line1"),
        City = values.Text("city"),
        State = values.Text("state"),
        PostalCode = values.Text("postalCode"),
        Country = values.Text("country"),
    };
}
