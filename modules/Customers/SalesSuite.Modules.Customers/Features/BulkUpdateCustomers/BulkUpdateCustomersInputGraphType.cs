using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;

internal sealed class BulkUpdateCustomersInputGraphType : TypedInputGraphType<BulkUpdateCustomersInput>
{
    public BulkUpdateCustomersInputGraphType()
        : base("BulkUpdateCustomersInput", "Changes to many customers; fields left out stay as they are.")
    {
        Input("ids", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType()))));
        Input("versions", new ListGraphType(new NonNullGraphType(new LongGraphType())));
        Input("ownerId", new StringGraphType());
        Input("level", new StringGraphType());
        Input("addTags", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("removeTags", new ListGraphType(new NonNullGraphType(new StringGraphType())));
    }

    protected override BulkUpdateCustomersInput Bind(InputValues values) => new()
    {
        Ids = values.Texts("ids") ?? [],
        Versions = values.Values<long>("versions"),
        OwnerId = values.OptionalText("ownerId"),
        Level = values.OptionalText("level"),
        AddTags = values.Texts("addTags") ?? [],
        RemoveTags = values.Texts("removeTags") ?? [],
    };
}
