using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.UpdateSalesRep;

internal sealed class UpdateSalesRepInputGraphType : TypedInputGraphType<UpdateSalesRepInput>
{
    public UpdateSalesRepInputGraphType()
        : base("UpdateSalesRepInput", "Changes to a rep's profile; fields left out stay as they are.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
        Input("version", new LongGraphType());
        Input("name", new StringGraphType());
        Input("email", new StringGraphType());
        Input("title", new StringGraphType());
        Input("territory", new StringGraphType());
        Input("capacity", new IntGraphType());
    }

    protected override UpdateSalesRepInput Bind(InputValues values) => new()
    {
        UserId = values.Text("userId"),
        Version = values.Value<long>("version"),
        Name = values.OptionalText("name"),
        Email = values.OptionalText("email"),
        Title = values.OptionalText("title"),
        Territory = values.OptionalText("territory"),
        Capacity = values.OptionalValue<int>("capacity"),
    };
}
