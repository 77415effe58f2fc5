using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;

internal static class DeleteAssignmentRuleField
{
    public static void Register(ISchemaSlice slice)
    {
        var payload = new ObjectGraphType { Name = "DeleteAssignmentRulePayload" };
        payload.AddField(Fields.Read("deletedId", new NonNullGraphType(new IdGraphType()),
            s => GlobalId.Encode("AssignmentRule", (Guid)((IDictionary<string, object?>)s)["id"]!)));
        slice.AddMutation<DeleteAssignmentRuleHandler, DeleteAssignmentRuleInput>("deleteAssignmentRule", new DeleteAssignmentRuleInputGraphType(),
            payload, "Deletes an assignment rule; its log entries stay.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["id"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.AutomationManage);
    }
}
