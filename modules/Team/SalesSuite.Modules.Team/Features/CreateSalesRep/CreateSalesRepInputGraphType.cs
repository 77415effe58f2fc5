using GraphQL.Types;
using SalesSuite.Modules.Team.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.CreateSalesRep;

internal sealed class CreateSalesRepInputGraphType : TypedInputGraphType<CreateSalesRepInput>
{
    public CreateSalesRepInputGraphType()
        : base("SalesRepInput", "A new sales rep.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("email", new StringGraphType());
        Input("title", new StringGraphType());
        Input("territory", new StringGraphType());
        Input("capacity", new IntGraphType());
        Input("managerUserId", new StringGraphType());
        Input("teamId", new IdGraphType());
    }

    protected override CreateSalesRepInput Bind(InputValues values) => new()
    {
        UserId = values.Text("userId"),
        Name = values.Text("name"),
        Email = values.OptionalText("email"),
        Title = values.OptionalText("title"),
        Territory = values.OptionalText("territory"),
        Capacity = values.OptionalValue<int>("capacity"),
        ManagerUserId = values.OptionalText("managerUserId"),
        TeamId = TeamIdInput.Read(values),
    };
}
