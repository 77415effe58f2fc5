using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.DefineRole;

internal sealed class DefineRoleInputGraphType : TypedInputGraphType<DefineRoleInput>
{
    public DefineRoleInputGraphType()
        : base("DefineRoleInput", "Creates or changes a role of your tenant (built-in roles can be redefined too).")
    {
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("version", new LongGraphType());
        Input("permissions", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))));
        Input("scope", new NonNullGraphType(new GraphQLTypeReference("RecordScope")));
        Input("deniedFields", new ListGraphType(new NonNullGraphType(new StringGraphType())));
    }

    protected override DefineRoleInput Bind(InputValues values) => new()
    {
        Name = values.Text("name"),
        Version = values.Value<long>("version"),
        Permissions = values.Texts("permissions"),
        Scope = values.Value<RecordScope>("scope"),
        DeniedFields = values.Texts("deniedFields"),
    };
}
