using GraphQL.Types;
using SalesSuite.SharedKernel.Audit;

namespace SalesSuite.Modules.Permissions.Api;

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
