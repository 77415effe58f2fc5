using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.SnoozeReminder;

internal static class SnoozeReminderField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<SnoozeReminderHandler, SnoozeReminderInput>("snoozeReminder", new SnoozeReminderInputGraphType(), payload,
            "Hides one of your reminders until a later time.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["reminder"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionMetadata.AnySignedInUser);
}
