using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.CompleteFollowUp;

internal static class CompleteFollowUpField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<CompleteFollowUpHandler, CompleteFollowUpInput>("completeFollowUp", new CompleteFollowUpInputGraphType(), payloads.Interaction,
            "Marks an interaction's follow-up as done.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["interaction"] = await handler.HandleAsync(input, ct) });
}
