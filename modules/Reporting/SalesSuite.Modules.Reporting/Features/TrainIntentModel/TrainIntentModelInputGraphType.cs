using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.TrainIntentModel;

internal sealed class TrainIntentModelInputGraphType : TypedInputGraphType<TrainIntentModelInput>
{
    public TrainIntentModelInputGraphType()
        : base("TrainIntentModelInput", "Nothing to set: retrains on every closed opportunity now.")
    {
        Input("clientMutationId", new StringGraphType());
    }

    protected override TrainIntentModelInput Bind(InputValues values) => new() { ClientMutationId = values.RawText("clientMutationId") };
}
