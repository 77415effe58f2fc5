using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.ListFollowUpsDue;

/// <summary>followUpsDue: your follow-ups that are due.</summary>
internal static class ListFollowUpsDueField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.CreateWith<ICurrentUser, TimeProvider>(
            "followUpsDue",
            new NonNullGraphType(ConnectionTypes.For(slice, "Interaction")),
            async (ctx, currentUser, clock) =>
            {
                var user = currentUser.UserIdOrThrow;
                var until = ctx.GetArgument<DateTimeOffset?>("dueBefore")?.ToUniversalTime()
                    ?? clock.GetUtcNow();
                await using var db = ctx.Db<CustomersDbContext>();
                var query = db.Interactions.Where(i => i.NextFollowUpAt != null && i.FollowUpDoneAt == null && i.NextFollowUpAt <= until
                    && db.Customers.Any(c => c.Id == i.CustomerId && c.OwnerId == user && c.ArchivedAt == null));
                return await CustomersSchema.InteractionSpec.ToConnectionAsync(query, ctx, q => q.OrderBy(i => i.NextFollowUpAt));
            },
            "Your follow-ups that are due (now, or before dueBefore), on customers you own, earliest first.",
            CustomersSchema.InteractionSpec.Arguments(slice, new QueryArgument(new DateTimeOffsetGraphType()) { Name = "dueBefore" })));
    }
}
