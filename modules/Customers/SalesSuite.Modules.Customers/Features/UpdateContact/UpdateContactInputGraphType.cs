using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.UpdateContact;

internal sealed class UpdateContactInputGraphType : TypedInputGraphType<UpdateContactInput>
{
    public UpdateContactInputGraphType()
        : base("UpdateContactInput", "Changes to a contact; fields left out stay as they are.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("name", new StringGraphType());
        Input("title", new StringGraphType());
        Input("phone", new StringGraphType());
        Input("email", new StringGraphType());
        Input("isPrimary", new BooleanGraphType());
    }

    protected override UpdateContactInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Name = values.OptionalText("name"),
        Title = values.OptionalText("title"),
        Phone = values.OptionalText("phone"),
        Email = values.OptionalText("email"),
        IsPrimary = values.OptionalValue<bool>("isPrimary"),
    };
}
