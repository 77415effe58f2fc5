using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class StallSettingGraphType : ObjectGraphType<StallSetting>
{
    public StallSettingGraphType()
    {
        Name = "StallSetting";
        Description = "Days an open opportunity may stay in a stage before a STALLED reminder; without a stage, the tenant's default.";
        Field<IdGraphType>("stageId").Resolve(ctx => ctx.Source.StageId == Guid.Empty ? null : GlobalId.Encode("PipelineStage", ctx.Source.StageId));
        Field(x => x.Days);
    }
}
