using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.VerifyAuditChain;

internal static class VerifyAuditChainField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.CreateWith<AuditChainVerifier>("auditChainVerification", new NonNullGraphType(new GraphQLTypeReference("AuditVerification")),
            async (ctx, verifier) => await verifier.VerifyAsync(ctx.CancellationToken),
            "Recomputes the tenant's audit chain and names the first entry that was edited, removed or reordered.")
                .RequirePermission(PermissionNames.AuditRead));
}
