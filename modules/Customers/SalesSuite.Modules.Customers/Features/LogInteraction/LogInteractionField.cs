using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.LogInteraction;

internal static class LogInteractionField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<LogInteractionHandler, LogInteractionInput>("logInteraction", new LogInteractionInputGraphType(), payloads.Interaction,
            "Adds a call, visit, email or note to a customer's timeline, optionally with a follow-up date.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["interaction"] = await handler.HandleAsync(input, ct) });
}
