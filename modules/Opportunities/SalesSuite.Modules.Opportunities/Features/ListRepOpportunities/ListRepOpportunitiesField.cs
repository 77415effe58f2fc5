using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ListRepOpportunities;

/// <summary>SalesRep.opportunities: a rep's opportunities, newest first, optionally of one status.</summary>
internal static class ListRepOpportunitiesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.ExtendType("SalesRep", Fields.Batched(
            "opportunities",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Opportunity")))),
            ctx => OpportunityLoaders.ByOwner(ctx, ctx.GetArgument<OpportunityStatus?>("status")).Load(((ISalesRepRecord)ctx.Source!).UserId),
            "The rep's opportunities within your scope, newest first; only those in the given status when one is given.",
            new QueryArguments(new QueryArgument(new GraphQLTypeReference("OpportunityStatus")) { Name = "status" })));
}
