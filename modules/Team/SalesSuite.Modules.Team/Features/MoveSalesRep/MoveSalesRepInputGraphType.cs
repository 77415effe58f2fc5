using GraphQL.Types;
using SalesSuite.Modules.Team.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.MoveSalesRep;

internal sealed class MoveSalesRepInputGraphType : TypedInputGraphType<MoveSalesRepInput>
{
    public MoveSalesRepInputGraphType()
        : base("MoveSalesRepInput", "A new place in the manager tree and/or another team.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
        Input("version", new LongGraphType());
        Input("managerUserId", new StringGraphType());
        Input("teamId", new IdGraphType());
    }

    protected override MoveSalesRepInput Bind(InputValues values) => new()
    {
        UserId = values.Text("userId"),
        Version = values.Value<long>("version"),
        ManagerUserId = values.OptionalText("managerUserId"),
        TeamId = TeamIdInput.Read(values),
    };
}
