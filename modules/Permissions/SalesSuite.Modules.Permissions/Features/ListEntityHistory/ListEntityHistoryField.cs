using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.ListEntityHistory;

/// <summary><c>entityHistory</c>: the audited changes of one object, by its global id.</summary>
internal static class ListEntityHistoryField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("entityHistory", new NonNullGraphType(ConnectionTypes.For(slice, "AuditEntry")), async ctx =>
        {
            var id = ctx.GetArgument<string>("id");
            if (!GlobalId.TryDecode(id, out _, out var guid))
            {
                throw new AppException(ErrorCodes.Validation, "id is not a valid id.", [new FieldError("id", "is not a valid id.")]);
            }

            var key = guid.ToString("N");
            await using var db = ctx.Db<AuditDbContext>();
            return await AuditSchema.Spec.ToConnectionAsync(db.Entries.Where(a => a.EntityId == key), ctx, q => q.OrderBy(a => a.Sequence));
        }, "Every audited change of one object, oldest first.",
            AuditSchema.Spec.Arguments(slice, new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" }))
                .RequirePermission(PermissionNames.AuditRead));
}
