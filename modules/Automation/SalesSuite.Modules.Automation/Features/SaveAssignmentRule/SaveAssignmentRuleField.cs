using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.SaveAssignmentRule;

internal static class SaveAssignmentRuleField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<SaveAssignmentRuleHandler, SaveAssignmentRuleInput>("saveAssignmentRule", new SaveAssignmentRuleInputGraphType(),
            SchemaBuilders.Payload("AssignmentRulePayload", ("rule", "AssignmentRule")), "Creates or replaces an assignment rule.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["rule"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.AutomationManage);
}
