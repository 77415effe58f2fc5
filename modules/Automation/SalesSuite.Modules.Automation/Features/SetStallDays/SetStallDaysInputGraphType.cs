using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SetStallDays;

internal sealed class SetStallDaysInputGraphType : TypedInputGraphType<SetStallDaysInput>
{
    public SetStallDaysInputGraphType()
        : base("SetStallDaysInput", "Days for one open stage, or without stageId the default for the others.")
    {
        Input("stageId", new IdGraphType());
        Input("days", new NonNullGraphType(new IntGraphType()));
    }

    protected override SetStallDaysInput Bind(InputValues values) => new() { StageId = values.RawText("stageId"), Days = values.Value<int>("days") };
}
