using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Api;

internal sealed class RecordScopeGraphType : EnumerationGraphType<RecordScope>
{
    public RecordScopeGraphType()
    {
        Name = "RecordScope";
        Description = "Whose records a role sees: OWN records, its TEAM subtree's, or the whole TENANT's.";
    }
}

internal sealed class RoleGraphType : ObjectGraphType<RoleDefinition>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "A role: the operations it may do, whose records it sees and the fields it may not read.";
        Field(x => x.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions").Resolve(ctx => ctx.Source.Permissions);
        Field<NonNullGraphType<RecordScopeGraphType>>("scope").Resolve(ctx => ctx.Source.Scope);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("deniedFields").Resolve(ctx => ctx.Source.DeniedFields);
        Field<NonNullGraphType<BooleanGraphType>>("builtIn").Resolve(ctx => BuiltInRoles.IsBuiltIn(ctx.Source.Name));
        Field(x => x.Version);
    }
}

internal sealed class AccessExplanationGraphType : ObjectGraphType<AccessExplanation>
{
    public AccessExplanationGraphType()
    {
        Name = "AccessExplanation";
        Description = "Why a user can or cannot see a record.";
        Field(x => x.Allowed).Description("Whether the record is visible to the user's own requests (node(id:) answers it).");
        Field(x => x.Reason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("The user's known roles: those of their token and those assigned in SalesSuite.")
            .Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tokenRoles")
            .Description("The roles counted as coming from the user's token: the roles argument, or else those of the user's most recent request to the tenant.")
            .Resolve(ctx => ctx.Source.TokenRoles);
        Field<DateTimeOffsetGraphType>("tokenRolesSince")
            .Description("Since when the user's most recent requests carry tokenRoles; null when they were given as the roles argument or the user sent no request yet.")
            .Resolve(ctx => ctx.Source.TokenRolesSince);
        Field(x => x.Scope, nullable: true);
        Field(x => x.Permission, nullable: true).Description("The permission reading the record needs.");
        Field(x => x.OwnerId, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("managerChain")
            .Description("From the record's owner up the manager tree to the user, when a team scope grants access.")
            .Resolve(ctx => ctx.Source.ManagerChain);
    }
}

internal static class PermissionsSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<RecordScopeGraphType>();
        slice.AddType<RoleGraphType>();
        slice.AddType<AccessExplanationGraphType>();
        var roleList = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Role"))));
        var names = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType())));

        slice.AddQueryField(Fields.CreateWith<PermissionCommands>("roles", roleList,
            async (ctx, commands) => await commands.ListRolesAsync(ctx.CancellationToken),
            "The tenant's roles, built-in and its own.").RequirePermission(PermissionNames.PermissionsManage));

        slice.AddQueryField(Fields.CreateWith<PermissionCommands>("userRoles", names,
            async (ctx, commands) => await commands.RolesOfAsync(ctx.GetArgument<string>("userId"), ctx.CancellationToken),
            "The roles assigned to a user in SalesSuite.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" })).RequirePermission(PermissionNames.PermissionsManage));

        slice.AddQueryField(Fields.CreateWith<IAccessControl>("myAccess", new NonNullGraphType(MyAccessType()),
            async (ctx, access) => await access.GetGrantAsync(ctx.CancellationToken),
            "What you may do: your permissions, your record scope and the owners it covers.").RequirePermission(PermissionMetadata.AnySignedInUser));

        slice.AddQueryField(Fields.CreateWith<INodeLookup, AccessExplainer>("accessExplanation", new NonNullGraphType(new GraphQLTypeReference("AccessExplanation")), async (ctx, nodes, explainer) =>
        {
            var userId = ctx.GetArgument<string>("userId");
            var recordId = ctx.GetArgument<string>("recordId");
            var found = await nodes.FindAsync(ctx, recordId)
                ?? throw new AppException(ErrorCodes.NotFound, $"Record '{recordId}' was not found.");
            var roles = ctx.GetArgument<List<string>?>("roles");
            if (roles is { Count: > 100 } || roles?.Any(r => r.Length is 0 or > 64) == true)
            {
                throw InputReader.Invalid("roles", "must hold at most 100 role names of 1 to 64 characters.");
            }

            return await explainer.ExplainAsync(userId, roles, found.Module, found.Node, ctx.CancellationToken);
        }, "Why a user can or cannot see a record: the roles, the scope and the manager chain that decide it. The roles are those the user's own requests "
            + "have: the ones assigned in SalesSuite plus the ones of their token. You do not hold that token, so its roles are the roles argument when given, "
            + "or else those of the user's most recent request to this tenant (tokenRoles says which were used); a user who never sent one has only the assigned roles.",
            new QueryArguments(
                new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" },
                new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "recordId" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
                {
                    Name = "roles",
                    Description = "The roles of the user's token (an identity provider's role claims), to explain a token the user has not sent yet; "
                        + "leave it out to use the roles of their most recent request.",
                })).RequirePermission(PermissionNames.PermissionsManage));

        var defineRole = SchemaBuilders.Input("DefineRoleInput", "Creates or changes a role of your tenant (built-in roles can be redefined too).",
            ("name", new NonNullGraphType(new StringGraphType())), ("version", new LongGraphType()),
            ("permissions", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType())))),
            ("scope", new NonNullGraphType(new GraphQLTypeReference("RecordScope"))),
            ("deniedFields", new ListGraphType(new NonNullGraphType(new StringGraphType()))));
        var assign = SchemaBuilders.Input("RoleAssignmentInput", "A user and a role.",
            ("userId", new NonNullGraphType(new StringGraphType())), ("role", new NonNullGraphType(new StringGraphType())));
        var assignmentPayload = new ObjectGraphType { Name = "RoleAssignmentPayload" };
        assignmentPayload.AddField(new FieldType { Name = "roles", ResolvedType = names, Description = "The user's assigned roles now.", Resolver = new FuncFieldResolver<object?>(ctx => ((IDictionary<string, object?>)ctx.Source!)["roles"]) });

        slice.AddMutation<PermissionCommands>("defineRole", defineRole, SchemaBuilders.Payload("RolePayload", ("role", "Role")), "Creates or changes a role.",
            (c, i, ct) => SchemaBuilders.Payload("role", c.DefineRoleAsync(i, ct)));
        slice.AddMutation<PermissionCommands>("assignRole", assign, assignmentPayload, "Gives a user a role.",
            (c, i, ct) => SchemaBuilders.Payload("roles", c.AssignAsync(i, true, ct)));
        slice.AddMutation<PermissionCommands>("revokeRole", assign, assignmentPayload, "Takes a role from a user.",
            (c, i, ct) => SchemaBuilders.Payload("roles", c.AssignAsync(i, false, ct)));
    }

    private static ObjectGraphType MyAccessType()
    {
        var type = new ObjectGraphType { Name = "MyAccess", Description = "The current user's effective access." };
        type.AddField(new FieldType { Name = "permissions", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).Permissions.Order().ToList()) });
        type.AddField(new FieldType { Name = "scope", ResolvedType = new NonNullGraphType(new GraphQLTypeReference("RecordScope")), Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).Scope) });
        type.AddField(new FieldType { Name = "ownerIds", Description = "The owners whose records you see; empty with TENANT scope (all).", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).OwnerIds) });
        type.AddField(new FieldType { Name = "deniedFields", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).DeniedFields.Order().ToList()) });
        return type;
    }
}
