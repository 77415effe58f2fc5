using GraphQL.Types;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.UpdateCustomer;

internal sealed class UpdateCustomerInputGraphType : TypedInputGraphType<UpdateCustomerInput>
{
    public UpdateCustomerInputGraphType()
        : base("UpdateCustomerInput", "Changes to a customer: fields left out stay as they are; a nullable field sent as null is cleared.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("name", new StringGraphType());
        Input("kind", new GraphQLTypeReference("CustomerKind"));
        Input("level", new StringGraphType());
        Input("category", new StringGraphType());
        Input("industry", new StringGraphType());
        Input("source", new StringGraphType());
        Input("region", new StringGraphType());
        Input("address", new GraphQLTypeReference("AddressInput")); // the shared instance: WithFieldType
        Input("tags", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("ownerId", new StringGraphType());
    }

    protected override UpdateCustomerInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Name = values.OptionalText("name"),
        Kind = values.OptionalValue<CustomerKind>("kind"),
        Level = values.OptionalText("level"),
        Category = values.OptionalText("category"),
        Industry = values.OptionalText("industry"),
        Source = values.OptionalText("source"),
        Region = values.OptionalText("region"),
        Address = values.OptionalObject<AddressInput>("address"),
        Tags = values.OptionalTexts("tags"),
        OwnerId = values.OptionalText("ownerId"),
    };
}
