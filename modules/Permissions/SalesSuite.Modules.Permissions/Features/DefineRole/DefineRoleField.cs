using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions.Features.DefineRole;

internal static class DefineRoleField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DefineRoleHandler, DefineRoleInput>("defineRole", new DefineRoleInputGraphType(),
            SchemaBuilders.Payload("RolePayload", ("role", "Role")),
            "Creates or changes a role.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["role"] = await handler.HandleAsync(input, ct) });
}
