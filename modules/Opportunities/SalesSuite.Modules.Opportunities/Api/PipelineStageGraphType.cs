using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class PipelineStageGraphType : ObjectGraphType<PipelineStage>
{
    public PipelineStageGraphType()
    {
        Name = "PipelineStage";
        Description = "A step of the tenant's sales pipeline.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is PipelineStage;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("PipelineStage", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Position);
        Field(x => x.DefaultProbability);
        Field<NonNullGraphType<StageKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Active);
        Field(x => x.Version);
    }
}
