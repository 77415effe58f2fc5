using GraphQL;
using GraphQL.Instrumentation;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host.Api;

/// <summary>A field denied to the user's role (e.g. <c>Contact.phone</c>) answers FORBIDDEN on that field alone; the rest of the response stands.</summary>
internal sealed class DeniedFieldMiddleware : IFieldMiddleware
{
    public const string GrantKey = "salessuite:grant";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.UserContext.TryGetValue(GrantKey, out var value) && value is AccessGrant { DeniedFields.Count: > 0 } grant
            && grant.DeniedFields.Contains(context.ParentType.Name + "." + context.FieldDefinition.Name))
        {
            throw new AppException(ErrorCodes.Forbidden, $"Your role may not read {context.ParentType.Name}.{context.FieldDefinition.Name}.");
        }

        return next(context);
    }
}
