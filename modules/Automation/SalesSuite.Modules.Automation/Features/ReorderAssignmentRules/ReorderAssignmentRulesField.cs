using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;

internal static class ReorderAssignmentRulesField
{
    public static void Register(ISchemaSlice slice)
    {
        var payload = new ObjectGraphType { Name = "ReorderAssignmentRulesPayload" };
        payload.AddField(Fields.Read("rules", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("AssignmentRule")))),
            s => ((IDictionary<string, object?>)s)["rules"]));
        slice.AddMutation<ReorderAssignmentRulesHandler, ReorderAssignmentRulesInput>("reorderAssignmentRules",
            new ReorderAssignmentRulesInputGraphType(), payload, "Sets the order the rules are tried in.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["rules"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.AutomationManage);
    }
}
