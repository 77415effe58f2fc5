using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.ListOpportunityFollowUpsDue;

/// <summary>opportunityFollowUpsDue: the open follow-ups of your own open opportunities, earliest first.</summary>
internal static class ListOpportunityFollowUpsDueField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.CreateWith<ICurrentUser, TimeProvider>(
            "opportunityFollowUpsDue",
            new NonNullGraphType(ConnectionTypes.For(slice, "OpportunityFollowUp")),
            async (ctx, currentUser, clock) =>
            {
                var user = currentUser.UserIdOrThrow;
                var until = ctx.GetArgument<DateTimeOffset?>("dueBefore")?.ToUniversalTime() ?? clock.GetUtcNow();
                await using var db = ctx.Db<OpportunitiesDbContext>();
                var query = db.FollowUps.Where(f => f.NextFollowUpAt != null && f.DoneAt == null && f.NextFollowUpAt <= until
                    && db.Opportunities.Any(o => o.Id == f.OpportunityId && o.OwnerId == user && o.Status == OpportunityStatus.Open));
                return await OpportunityQuerySpecs.FollowUp.ToConnectionAsync(query, ctx, q => q.OrderBy(f => f.NextFollowUpAt));
            },
            "Follow-ups due on your open opportunities, earliest first.",
            OpportunityQuerySpecs.FollowUp.Arguments(slice, new QueryArgument(new DateTimeOffsetGraphType()) { Name = "dueBefore" })));
}
