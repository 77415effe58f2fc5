using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.SetOrderReminderDays;

internal static class SetOrderReminderDaysField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<SetOrderReminderDaysHandler, SetOrderReminderDaysInput>("setOrderReminderDays", new SetOrderReminderDaysInputGraphType(),
            new OrderReminderSettingsPayloadGraphType(), "Sets the tenant's order progress reminders.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["settings"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(OrdersSchema.SettingsPermission);
}
