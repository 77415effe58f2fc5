using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ListPipelineStages;

/// <summary>pipelineStages: the tenant's pipeline, inactive stages included, in pipeline order by default.</summary>
internal static class ListPipelineStagesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "pipelineStages",
            new NonNullGraphType(ConnectionTypes.For(slice, "PipelineStage")),
            async ctx =>
            {
                await using var db = ctx.Db<OpportunitiesDbContext>();
                return await OpportunityQuerySpecs.Stage.ToConnectionAsync(db.Stages, ctx, q => q.OrderBy(s => s.Position));
            },
            "The stages of your tenant's pipeline, inactive ones included, filtered, sorted and paged (in pipeline order by default).",
            OpportunityQuerySpecs.Stage.Arguments(slice)));
}
