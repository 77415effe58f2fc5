using GraphQL.Types;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.ListAuditLog;

internal static class ListAuditLogField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("auditLog", new NonNullGraphType(ConnectionTypes.For(slice, "AuditEntry")), async ctx =>
        {
            await using var db = ctx.Db<AuditDbContext>();
            return await AuditSchema.Spec.ToConnectionAsync(db.Entries, ctx, q => q.OrderByDescending(a => a.Sequence));
        }, "The tenant's audit log, newest first unless ordered otherwise.", AuditSchema.Spec.Arguments(slice)).RequirePermission(PermissionNames.AuditRead));
}
