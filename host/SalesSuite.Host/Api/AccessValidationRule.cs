using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
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

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var tenant = context.RequestServices!.GetRequiredService<ITenantContext>().Current;
        var authenticated = context.User?.Identity?.IsAuthenticated == true;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
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
                    ctx.ReportError(Error(ctx, field, ErrorCodes.Unauthenticated, "Authentication is required: send an access token (Authorization: Bearer ...)."));
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

            var module = ctx.TypeInfo.GetFieldDef()?.GetMetadata<string?>(FieldMetadata.Module);
            if (module is not null && !tenant.IsModuleEnabled(module) && reported.Add("module:" + module))
            {
                ctx.ReportError(Error(ctx, field, ErrorCodes.ModuleDisabled, $"The module '{module}' is disabled for this tenant."));
            }
        }));
    }

    private static ValidationError Error(ValidationContext context, ASTNode node, string code, string message) =>
        new(context.Document.Source, null!, message, node) { Code = code };
}
