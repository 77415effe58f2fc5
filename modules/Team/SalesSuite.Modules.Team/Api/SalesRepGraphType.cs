using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Api;

internal sealed class SalesRepGraphType : ObjectGraphType<SalesRep>
{
    public SalesRepGraphType()
    {
        Name = "SalesRep";
        Description = "A user of the tenant as a sales rep: profile, territory, capacity and place in the manager tree.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesRep;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("SalesRep", ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field(x => x.Name);
        Field(x => x.Email, nullable: true);
        Field(x => x.Title, nullable: true);
        Field(x => x.Territory, nullable: true);
        Field(x => x.Capacity, nullable: true);
        Field(x => x.ManagerUserId, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(ctx => ctx.Source.Active);
        Field(x => x.Version);
        Field<SalesRepGraphType>("manager").Description("The rep's manager, when within your scope.")
            .Resolve(ctx => ctx.Source.ManagerUserId is null ? null : TeamLoaders.RepsByUser(ctx).Load(ctx.Source.ManagerUserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalesRepGraphType>>>>("directReports")
            .Resolve(ctx => TeamLoaders.ReportsOf(ctx).Load(ctx.Source.UserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingRecordGraphType>>>>("trainings").Description("The rep's training records, newest first.")
            .Resolve(ctx => TeamLoaders.TrainingsOf(ctx).Load(ctx.Source.UserId));
        Field<GraphQLTypeReference>("team").Type(new GraphQLTypeReference("Team"))
            .Resolve(ctx => ctx.Source.TeamId is { } id ? TeamLoaders.TeamsById(ctx).Load(id) : null);
    }
}
