using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.GetOpportunity;

/// <summary>opportunity(id): one opportunity within your scope.</summary>
internal static class GetOpportunityField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "opportunity",
            new GraphQLTypeReference("Opportunity"),
            async ctx =>
            {
                var id = GlobalId.Decode(ctx.GetArgument<string>("id"), "Opportunity", "id");
                await using var db = ctx.Db<OpportunitiesDbContext>();
                return await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, ctx.CancellationToken);
            },
            "One opportunity; null when it does not exist or is outside your scope.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" })));
}
