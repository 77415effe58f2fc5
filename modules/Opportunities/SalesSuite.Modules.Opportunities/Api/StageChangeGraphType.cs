using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class StageChangeGraphType : ObjectGraphType<StageChange>
{
    public StageChangeGraphType()
    {
        Name = "StageChange";
        Field<PipelineStageGraphType>("from").Resolve(ctx => ctx.Source.FromStageId is { } id ? OpportunityLoaders.Stages(ctx).Load(id) : null);
        Field<NonNullGraphType<PipelineStageGraphType>>("to").Resolve(ctx => OpportunityLoaders.Stages(ctx).Load(ctx.Source.ToStageId));
        Field(x => x.At);
        Field(x => x.ActorId);
    }
}
