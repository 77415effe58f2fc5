using GraphQL.Types;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

internal sealed class CreateCustomerInputGraphType : TypedInputGraphType<CreateCustomerInput>
{
    public CreateCustomerInputGraphType()
        : base("CreateCustomerInput", "A new customer.")
    {
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("kind", new GraphQLTypeReference("CustomerKind"));
        Input("level", new StringGraphType());
        Input("category", new StringGraphType());
        Input("industry", new StringGraphType());
        Input("source", new StringGraphType());
        Input("region", new StringGraphType());
        Input("address", new GraphQLTypeReference("AddressInput")); // the shared instance: WithFieldType
        Input("tags", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("ownerId", new StringGraphType());
        Input("contacts", new ListGraphType(new NonNullGraphType(new CreateCustomerContactInputGraphType())));
    }

    protected override CreateCustomerInput Bind(InputValues values) => new()
    {
        Name = values.Text("name"),
        Kind = values.Value<CustomerKind>("kind"),
        Level = values.OptionalText("level"),
        Category = values.OptionalText("category"),
        Industry = values.OptionalText("industry"),
        Source = values.OptionalText("source"),
        Region = values.OptionalText("region"),
        Address = values.OptionalObject<AddressInput>("address"),
        Tags = values.OptionalTexts("tags"),
        OwnerId = values.OptionalText("ownerId"),
        Contacts = values.Objects<CreateCustomerContactInput>("contacts"),
    };
}
