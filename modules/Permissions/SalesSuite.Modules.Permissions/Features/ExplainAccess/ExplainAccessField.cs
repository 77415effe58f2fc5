using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.ExplainAccess;

/// <summary><c>accessExplanation</c>: why a user can or cannot see a record (<see cref="AccessExplainer"/>).</summary>
internal static class ExplainAccessField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.CreateWith<INodeLookup,
            AccessExplainer>("accessExplanation", new NonNullGraphType(new GraphQLTypeReference("AccessExplanation")), async (ctx, nodes, explainer) =>
        {
            var userId = ctx.GetArgument<string>("userId");
            var recordId = ctx.GetArgument<string>("recordId");
            var found = await nodes.FindAsync(ctx, recordId)
                ?? throw new AppException(ErrorCodes.NotFound, $"Record '{recordId}' was not found.");
            var roles = ctx.GetArgument<List<string>?>("roles");
            ExplainAccessValidator.Check(roles);

            return await explainer.ExplainAsync(userId, roles, found.Module, found.Node, ctx.CancellationToken);
        }, "Why a user can or cannot see a record: the roles, the scope and the manager chain that decide it. The roles are those the user's own requests "
            + "have: the ones assigned in SalesSuite plus the ones of their token. You do not hold that token, so its roles are the roles argument when given, "
            + "or else those of the user's most recent request to this tenant (tokenRoles says which were used); a user who never sent one has only the " +
                "assigned roles.",
            new QueryArguments(
                new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" },
                new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "recordId" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
                {
                    Name = "roles",
                    Description = "The roles of the user's token (an identity provider's role claims), to explain a token the user has not sent yet; "
                        + "leave it out to use the roles of their most recent request.",
                })).RequirePermission(PermissionNames.PermissionsManage));
    }
}
