using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;
using SalesSuite.Modules.Opportunities.Features.CreateOpportunity;
using SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;
using SalesSuite.Modules.Opportunities.Features.GetOpportunity;
using SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;
using SalesSuite.Modules.Opportunities.Features.GetOrderOpportunity;
using SalesSuite.Modules.Opportunities.Features.ListCustomerOpportunities;
using SalesSuite.Modules.Opportunities.Features.ListOpportunities;
using SalesSuite.Modules.Opportunities.Features.ListOpportunityFollowUpsDue;
using SalesSuite.Modules.Opportunities.Features.ListPipelineStages;
using SalesSuite.Modules.Opportunities.Features.ListRepOpportunities;
using SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;
using SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;
using SalesSuite.Modules.Opportunities.Features.OpportunityChanged;
using SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;
using SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;
using SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Api;

/// <summary>The Opportunities slice of the schema: its types, and its features in schema order.</summary>
internal static class OpportunitiesSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<StageKindGraphType>();
        slice.AddType<OpportunityStatusGraphType>();
        slice.AddType<PipelineStageGraphType>();
        slice.AddType<OpportunityGraphType>();
        slice.AddType<StageChangeGraphType>();
        slice.AddType<AssignmentGraphType>();
        slice.AddType<FollowUpGraphType>();

        ListOpportunitiesField.Register(slice);
        GetOpportunityField.Register(slice);
        ListPipelineStagesField.Register(slice);
        ListOpportunityFollowUpsDueField.Register(slice);
        GetOpportunityStatisticsField.Register(slice);
        OpportunityChangedField.Register(slice);

        var payloads = new OpportunityPayloads();
        CreateOpportunityField.Register(slice, payloads);
        UpdateOpportunityField.Register(slice, payloads);
        MoveOpportunityStageField.Register(slice, payloads);
        ReopenOpportunityField.Register(slice, payloads);
        ReassignOpportunityField.Register(slice, payloads);
        LogOpportunityFollowUpField.Register(slice, payloads);
        CompleteOpportunityFollowUpField.Register(slice, payloads);
        DefinePipelineStageField.Register(slice);

        ListCustomerOpportunitiesField.Register(slice);
        ListRepOpportunitiesField.Register(slice);
        GetOrderOpportunityField.Register(slice);

        slice.AddNodesResolver("Opportunity", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await db.Opportunities.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (object)o, ctx.CancellationToken);
        });
        slice.AddNodeResolver("PipelineStage", async (ctx, id) =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await db.Stages.FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken);
        });
    }
}
