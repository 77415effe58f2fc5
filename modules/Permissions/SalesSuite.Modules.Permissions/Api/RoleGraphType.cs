using GraphQL.Types;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Api;

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
