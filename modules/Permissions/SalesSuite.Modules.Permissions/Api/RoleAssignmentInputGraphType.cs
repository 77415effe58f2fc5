using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Permissions.Api;

/// <summary>The input of assignRole and revokeRole: one instance, built once by the schema and shared.</summary>
internal sealed class RoleAssignmentInputGraphType : TypedInputGraphType<RoleAssignmentInput>
{
    public RoleAssignmentInputGraphType()
        : base("RoleAssignmentInput", "A user and a role.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
        Input("role", new NonNullGraphType(new StringGraphType()));
    }

    protected override RoleAssignmentInput Bind(InputValues values) => new() { UserId = values.Text("userId"), Role = values.Text("role") };
}
