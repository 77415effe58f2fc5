using GraphQL.Types;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Api;

internal sealed class AccessExplanationGraphType : ObjectGraphType<AccessExplanation>
{
    public AccessExplanationGraphType()
    {
        Name = "AccessExplanation";
        Description = "Why a user can or cannot see a record.";
        Field(x => x.Allowed).Description("Whether the record is visible to the user's own requests (node(id:) answers it).");
        Field(x => x.Reason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The user's known roles: those of their token and those assigned in SalesSuite.")
            .Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tokenRoles")
            .Description(
                "The roles counted as coming from the user's token: the roles argument, or else those of the user's most recent request to the tenant.")
            .Resolve(ctx => ctx.Source.TokenRoles);
        Field<DateTimeOffsetGraphType>("tokenRolesSince")
            .Description(
                "Since when the user's most recent requests carry tokenRoles; null when they were given as the roles argument or the user sent no request yet.")
            .Resolve(ctx => ctx.Source.TokenRolesSince);
        Field(x => x.Scope, nullable: true);
        Field(x => x.Permission, nullable: true).Description("The permission reading the record needs.");
        Field(x => x.OwnerId, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("managerChain")
            .Description("From the record's owner up the manager tree to the user, when a team scope grants access.")
            .Resolve(ctx => ctx.Source.ManagerChain);
    }
}
