using GraphQL.Types;
using SalesSuite.SharedKernel.Audit;

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
