using GraphQL;

namespace SalesSuite.SharedKernel.Security;

/// <summary>
/// <c>AccessGrant.Of(context)</c>: where a GraphQL request keeps its grant. An extension of <see cref="AccessGrant"/> because the grant
/// itself belongs to the GraphQL-free kernel; the host puts it in the user context under <see cref="AccessGrant.UserContextKey"/>.
/// </summary>
public static class AccessGrantOfRequest
{
    extension(AccessGrant)
    {
        /// <summary>The grant of a GraphQL request, or null outside one.</summary>
        public static AccessGrant? Of(IResolveFieldContext context) =>
            context.UserContext.TryGetValue(AccessGrant.UserContextKey, out var grant) ? grant as AccessGrant : null;
    }
}
