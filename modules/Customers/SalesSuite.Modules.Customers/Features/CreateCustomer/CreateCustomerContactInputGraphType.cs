using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

/// <summary><c>ContactInput</c>: the contacts of createCustomer.</summary>
internal sealed class CreateCustomerContactInputGraphType : TypedInputGraphType<CreateCustomerContactInput>
{
    public CreateCustomerContactInputGraphType()
        : base("ContactInput", "A contact person.")
    {
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("title", new StringGraphType());
        Input("phone", new StringGraphType());
        Input("email", new StringGraphType());
        Input("isPrimary", new BooleanGraphType());
    }

    protected override CreateCustomerContactInput Bind(InputValues values) => new()
    {
        Name = values.OptionalText("name"),
        Title = values.OptionalText("title"),
        Phone = values.OptionalText("phone"),
        Email = values.OptionalText("email"),
        IsPrimary = values.OptionalValue<bool>("isPrimary"),
    };
}
