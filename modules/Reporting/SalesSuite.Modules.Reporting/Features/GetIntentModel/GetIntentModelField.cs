using GraphQL.Types;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Reporting.Features.GetIntentModel;

internal static class GetIntentModelField
{
    public static void Register(ISchemaSlice slice, IGraphType model) =>
        slice.AddQueryField(Fields.CreateWith<IntentScoring>("intentModel", new NonNullGraphType(model),
            async (ctx, scoring) => await scoring.CurrentAsync(ctx.CancellationToken),
            "The tenant's purchase-intent model: when it was trained, on how many deals, its held-out AUC and its factors; INSUFFICIENT_DATA (with the " +
            "counts) when there is too little history."));
}
