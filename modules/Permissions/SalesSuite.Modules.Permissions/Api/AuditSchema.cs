using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Api;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditRecord>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One change (or sensitive read) in the tenant's tamper-evident audit log.";
        Field(x => x.Sequence).Description("Position in the tenant's chain, from 1.");
        Field(x => x.At);
        Field(x => x.ActorId).Description("User id of who did it ('system' for background work).");
        Field(x => x.Operation).Description("The mutation or job.");
        Field(x => x.Module);
        Field(x => x.EntityType);
        Field(x => x.EntityId);
        Field(x => x.Action).Description("CREATED, UPDATED, DELETED, READ or EXPORTED.");
        Field(x => x.Changes).Description("JSON of the changed fields: {\"field\": {\"before\": ..., \"after\": ...}}.");
        Field(x => x.RequestId, nullable: true);
        Field(x => x.ClientAddress, nullable: true);
        Field(x => x.PreviousHash);
        Field(x => x.Hash);
    }
}

internal sealed class AuditVerificationGraphType : ObjectGraphType<AuditVerification>
{
    public AuditVerificationGraphType()
    {
        Name = "AuditVerification";
        Field(x => x.Valid);
        Field(x => x.CheckedEntries).Description("How many entries matched before the first broken one (all of them when valid).");
        Field(x => x.FirstBrokenSequence, nullable: true);
        Field<IdGraphType>("firstBrokenId").Resolve(ctx => ctx.Source.FirstBrokenId?.ToString("N"));
        Field(x => x.Reason, nullable: true);
    }
}

internal static class AuditSchema
{
    private static readonly QuerySpec<AuditRecord> Spec = new QuerySpec<AuditRecord>("AuditEntry", a => a.Id)
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

        slice.AddQueryField(Fields.Create("auditLog", new NonNullGraphType(ConnectionTypes.For(slice, "AuditEntry")), async ctx =>
        {
            await using var db = ctx.Db<AuditDbContext>();
            return await Spec.ToConnectionAsync(db.Entries, ctx, q => q.OrderByDescending(a => a.Sequence));
        }, "The tenant's audit log, newest first unless ordered otherwise.", Spec.Arguments(slice)).RequirePermission(PermissionNames.AuditRead));

        slice.AddQueryField(Fields.Create("entityHistory", new NonNullGraphType(ConnectionTypes.For(slice, "AuditEntry")), async ctx =>
        {
            var id = ctx.GetArgument<string>("id");
            if (!GlobalId.TryDecode(id, out _, out var guid))
            {
                throw SharedKernel.GraphQL.InputReader.Invalid("id", "is not a valid id.");
            }

            var key = guid.ToString("N");
            await using var db = ctx.Db<AuditDbContext>();
            return await Spec.ToConnectionAsync(db.Entries.Where(a => a.EntityId == key), ctx, q => q.OrderBy(a => a.Sequence));
        }, "Every audited change of one object, oldest first.",
            Spec.Arguments(slice, new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" })).RequirePermission(PermissionNames.AuditRead));

        slice.AddQueryField(Fields.CreateWith<AuditChainVerifier>("auditChainVerification", new NonNullGraphType(new GraphQLTypeReference("AuditVerification")),
            async (ctx, verifier) => await verifier.VerifyAsync(ctx.CancellationToken),
            "Recomputes the tenant's audit chain and names the first entry that was edited, removed or reordered.").RequirePermission(PermissionNames.AuditRead));
    }
}
