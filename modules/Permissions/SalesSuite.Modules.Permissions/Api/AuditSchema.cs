using SalesSuite.Modules.Permissions.Features.ListAuditLog;
using SalesSuite.Modules.Permissions.Features.ListEntityHistory;
using SalesSuite.Modules.Permissions.Features.VerifyAuditChain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions.Api;

/// <summary>The tenant's audit log: its types, the query spec its lists share, and its features in schema order.</summary>
internal static class AuditSchema
{
    public static readonly QuerySpec<AuditRecord> Spec = new QuerySpec<AuditRecord>("AuditEntry", a => a.Id)
        .Field("sequence", a => a.Sequence)
        .Field("at", a => a.At)
        .Field("actorId", a => a.ActorId)
        .Field("operation", a => a.Operation)
        .Field("module", a => a.Module)
        .Field("entityType", a => a.EntityType)
        .Field("entityId", a => a.EntityId)
        .Field("action", a => a.Action);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<AuditEntryGraphType>();
        slice.AddType<AuditVerificationGraphType>();
        ListAuditLogField.Register(slice);
        ListEntityHistoryField.Register(slice);
        VerifyAuditChainField.Register(slice);
    }
}
