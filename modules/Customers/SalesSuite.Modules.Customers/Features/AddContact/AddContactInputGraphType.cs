using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.AddContact;

internal sealed class AddContactInputGraphType : TypedInputGraphType<AddContactInput>
{
    public AddContactInputGraphType()
        : base("AddContactInput", "A contact to add to a customer.")
    {
        Input("customerId", new NonNullGraphType(new IdGraphType()));
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("title", new StringGraphType());
        Input("phone", new StringGraphType());
        Input("email", new StringGraphType());
        Input("isPrimary", new BooleanGraphType());
    }

    protected override AddContactInput Bind(InputValues values) => new()
    {
        CustomerId = values.RawText("customerId"),
        Name = values.OptionalText("name"),
        Title = values.OptionalText("title"),
        Phone = values.OptionalText("phone"),
        Email = values.OptionalText("email"),
        IsPrimary = values.OptionalValue<bool>("isPrimary"),
    };
}
