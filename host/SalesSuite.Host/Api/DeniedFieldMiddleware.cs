using GraphQL;
using GraphQL.Instrumentation;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host.Api;

/// <summary>
/// A field denied to the user's role (e.g. <c>Opportunity.amount</c>), or derived from one (<c>Opportunity.weightedAmount</c>, see
/// <see cref="FieldDenial"/>), answers null with one FORBIDDEN error at its path; such fields are nullable, so the rest of the response stands.
/// </summary>
/// <remarks>Also records reads of sensitive fields for the audit log.</remarks>
internal sealed class DeniedFieldMiddleware : IFieldMiddleware
{
    public const string GrantKey = AccessGrant.UserContextKey;

    public const string SensitiveReadsKey = "salessuite:sensitive-reads";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.UserContext.TryGetValue(GrantKey, out var value) && value is AccessGrant { DeniedFields.Count: > 0 } grant
            && FieldDenial.DeniedBy(grant, context.ParentType.Name, context.FieldDefinition, context.Source) is { } deniedBy)
        {
            throw FieldDenial.Forbidden(context.ParentType.Name + "." + context.FieldDefinition.Name, deniedBy);
        }

        if (context.FieldDefinition.GetMetadata(SensitiveFields.MetadataKey, false)
            && context.UserContext.TryGetValue(SensitiveReadsKey, out var log) && log is SensitiveReadLog reads)
        {
            var owner = context.Source as TenantEntity ?? context.Parent?.Source as TenantEntity;
            reads.Record(context.ParentType.Name, context.FieldDefinition.Name, owner?.Id);
        }

        return next(context);
    }
}
