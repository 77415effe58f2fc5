using GraphQL.Resolvers;
using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.GetMyAccess;

/// <summary><c>myAccess</c>: the caller's effective access, and its type.</summary>
internal static class GetMyAccessField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.CreateWith<IAccessControl>("myAccess", new NonNullGraphType(MyAccessType()),
            async (ctx, access) => await access.GetGrantAsync(ctx.CancellationToken),
            "What you may do: your permissions, your record scope and the owners it covers.").RequirePermission(PermissionMetadata.AnySignedInUser));

    private static ObjectGraphType MyAccessType()
    {
        var type = new ObjectGraphType { Name = "MyAccess", Description = "The current user's effective access." };
        type.AddField(new FieldType
        {
            Name = "permissions",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).Permissions.Order().ToList())
        });
        type.AddField(new FieldType
        {
            Name = "scope",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("RecordScope")),
            Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).Scope)
        });
        type.AddField(new FieldType
        {
            Name = "ownerIds",
            Description = "The owners whose records you see; empty with TENANT scope (all).",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).OwnerIds)
        });
        type.AddField(new FieldType
        {
            Name = "deniedFields",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            Resolver = new FuncFieldResolver<object?>(c => ((AccessGrant)c.Source!).DeniedFields.Order().ToList())
        });
        return type;
    }
}
