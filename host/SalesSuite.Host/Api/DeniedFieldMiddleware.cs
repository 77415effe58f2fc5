using GraphQL;
using GraphQL.Instrumentation;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host.Api;

/// <summary>A field denied to the user's role (e.g. <c>Contact.phone</c>) answers FORBIDDEN on that field alone; the rest of the response stands.</summary>
/// <remarks>Also records reads of sensitive fields for the audit log.</remarks>
internal sealed class DeniedFieldMiddleware : IFieldMiddleware
{
    public const string GrantKey = AccessGrant.UserContextKey;

    public const string SensitiveReadsKey = "salessuite:sensitive-reads";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.UserContext.TryGetValue(GrantKey, out var value) && value is AccessGrant { DeniedFields.Count: > 0 } grant
            && grant.DeniedFields.Contains(context.ParentType.Name + "." + context.FieldDefinition.Name))
        {
            throw new AppException(ErrorCodes.Forbidden, $"Your role may not read {context.ParentType.Name}.{context.FieldDefinition.Name}.");
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
