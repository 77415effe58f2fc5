using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Api;

internal sealed class TeamGraphType : ObjectGraphType<SalesTeam>
{
    public TeamGraphType()
    {
        Name = "Team";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesTeam;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Team", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
    }
}
