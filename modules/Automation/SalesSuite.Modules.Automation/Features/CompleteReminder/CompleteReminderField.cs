using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.CompleteReminder;

internal static class CompleteReminderField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<CompleteReminderHandler, CompleteReminderInput>("completeReminder", new CompleteReminderInputGraphType(), payload,
            "Marks one of your reminders done; it stays done while its condition lasts.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["reminder"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionMetadata.AnySignedInUser);
}
