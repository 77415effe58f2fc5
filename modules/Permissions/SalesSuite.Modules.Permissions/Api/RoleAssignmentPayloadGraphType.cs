using GraphQL.Resolvers;
using GraphQL.Types;

namespace SalesSuite.Modules.Permissions.Api;

/// <summary>The payload of assignRole and revokeRole: the user's assigned roles now. One instance, shared by the two.</summary>
internal sealed class RoleAssignmentPayloadGraphType : ObjectGraphType
{
    public RoleAssignmentPayloadGraphType()
    {
        Name = "RoleAssignmentPayload";
        AddField(new FieldType
        {
            Name = "roles",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            Description = "The user's assigned roles now.",
            Resolver = new FuncFieldResolver<object?>(ctx => ((IDictionary<string, object?>)ctx.Source!)["roles"]),
        });
    }
}
