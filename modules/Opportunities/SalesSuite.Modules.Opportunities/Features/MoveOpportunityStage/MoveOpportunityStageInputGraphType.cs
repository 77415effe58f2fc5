using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;

internal sealed class MoveOpportunityStageInputGraphType : TypedInputGraphType<MoveOpportunityStageInput>
{
    public MoveOpportunityStageInputGraphType()
        : base("MoveOpportunityStageInput", "The stage to move to; a lost stage needs a reason.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("stageId", new NonNullGraphType(new IdGraphType()));
        Input("reason", new StringGraphType());
    }

    protected override MoveOpportunityStageInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        StageId = values.RawText("stageId"),
        Reason = values.Text("reason"),
    };
}
