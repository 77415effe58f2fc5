using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.SetStallDays;

internal static class SetStallDaysField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<SetStallDaysHandler, SetStallDaysInput>("setStallDays", new SetStallDaysInputGraphType(),
            SchemaBuilders.Payload("StallSettingPayload", ("setting", "StallSetting")),
            "Sets after how many days in a stage an open opportunity is stalled (reminders).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["setting"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.AutomationManage);
}
