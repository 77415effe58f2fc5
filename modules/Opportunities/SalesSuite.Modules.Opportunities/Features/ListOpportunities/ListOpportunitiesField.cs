using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ListOpportunities;

/// <summary>opportunities: the opportunities within your scope, newest first by default.</summary>
internal static class ListOpportunitiesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "opportunities",
            new NonNullGraphType(ConnectionTypes.For(slice, "Opportunity")),
            async ctx =>
            {
                await using var db = ctx.Db<OpportunitiesDbContext>();
                return await OpportunityQuerySpecs.Opportunity.ToConnectionAsync(db.Opportunities, ctx, q => q.OrderByDescending(o => o.CreatedAt));
            },
            "Opportunities within your scope, filtered, sorted and paged (newest first by default).",
            OpportunityQuerySpecs.Opportunity.Arguments(slice)));
}
