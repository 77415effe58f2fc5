using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Api;

internal sealed class SalesTargetGraphType : ObjectGraphType<SalesTarget>
{
    public SalesTargetGraphType()
    {
        Name = "SalesTarget";
        Description = "A rep's or a team's target (quota) for a month or a quarter, in the tenant's base currency.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesTarget;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("SalesTarget", ctx.Source.Id));
        Field<StringGraphType>("userId").Description("The rep, for a rep's target.").Resolve(ctx => ctx.Source.RepUserId);
        Field<GraphQLTypeReference>("rep").Type(new GraphQLTypeReference("SalesRep"))
            .Resolve(ctx => ctx.Source.RepUserId is { } id ? TeamLoaders.RepsByUser(ctx).Load(id) : null);
        Field<IdGraphType>("teamId").Description("The team, for a team's target.")
            .Resolve(ctx => ctx.Source.TeamId is { } id ? GlobalId.Encode("Team", id) : null);
        Field<GraphQLTypeReference>("team").Type(new GraphQLTypeReference("Team"))
            .Resolve(ctx => ctx.Source.TeamId is { } id ? TeamLoaders.TeamsById(ctx).Load(id) : null);
        Field<NonNullGraphType<SalesPeriodGraphType>>("period").Resolve(ctx => ctx.Source.Period);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("In baseCurrency.").Resolve(ctx => ctx.Source.Amount).FieldType.NotDerived();
        Field(x => x.BaseCurrency);
        Field(x => x.SetBy).Description("Who set it last.");
        Field(x => x.UpdatedAt);
        Field(x => x.Version);
    }
}
