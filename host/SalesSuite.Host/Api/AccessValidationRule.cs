using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api;

/// <summary>
/// Runs before execution, so that nothing reaches module code unless: the user is authenticated (only
/// introspection is open, and only when configured), the request has a tenant, and every module whose fields
/// the document selects is enabled for that tenant.
/// </summary>
public sealed class AccessValidationRule : ValidationRuleBase
{
    public const string UnauthenticatedMarker = ErrorCodes.Unauthenticated;

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var services = context.RequestServices!;
        var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var tenant = services.GetRequiredService<ITenantContext>().Current;
        var authenticated = context.User?.Identity?.IsAuthenticated == true;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        AccessGrant? grant = null;
        if (authenticated && tenant is not null)
        {
            grant = await services.GetRequiredService<IAccessControl>().GetGrantAsync(context.CancellationToken);
            services.GetRequiredService<ICurrentAccess>().Set(grant);
            context.UserContext[DeniedFieldMiddleware.GrantKey] = grant;
            if (services.GetService<SalesSuite.SharedKernel.Audit.SensitiveReadLog>() is { } reads)
            {
                context.UserContext[DeniedFieldMiddleware.SensitiveReadsKey] = reads;
            }
        }

        return new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            var name = field.Name.Value.ToString();
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                if (!options.AllowIntrospection && name != "__typename" && reported.Add("introspection"))
                {
                    ctx.ReportError(Error(ctx, field, ErrorCodes.Forbidden, "Introspection is disabled on this server."));
                }

                return;
            }

            var parent = ctx.TypeInfo.GetParentType()?.GetNamedType().Name;
            if (parent is not null && parent.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            if (!authenticated)
            {
                if (reported.Add("auth"))
                {
                    ctx.ReportError(Error(ctx, field, ErrorCodes.Unauthenticated,
                        "Authentication is required: send an access token (Authorization: Bearer ...)."));
                }

                return;
            }

            if (tenant is null)
            {
                if (reported.Add("tenant"))
                {
                    ctx.ReportError(Error(ctx, field, ErrorCodes.TenantRequired, "The request has no tenant."));
                }

                return;
            }

            var definition = ctx.TypeInfo.GetFieldDef();
            var module = definition?.GetMetadata<string?>(FieldMetadata.Module);
            if (module is not null && !tenant.IsModuleEnabled(module))
            {
                if (reported.Add("module:" + module))
                {
                    ctx.ReportError(Error(ctx, field, ErrorCodes.ModuleDisabled, $"The module '{module}' is disabled for this tenant."));
                }

                return;
            }

            var permission = definition?.GetMetadata<string?>(PermissionMetadata.Key);
            if (!string.IsNullOrEmpty(permission) && !grant!.Has(permission) && reported.Add("permission:" + permission))
            {
                ctx.ReportError(Error(ctx, field, ErrorCodes.Forbidden, $"Your role does not allow '{permission}' (needed by {name})."));
            }
        });
    }

    private static ValidationError Error(ValidationContext context, ASTNode node, string code, string message) =>
        new(context.Document.Source, null!, message, node) { Code = code };
}
