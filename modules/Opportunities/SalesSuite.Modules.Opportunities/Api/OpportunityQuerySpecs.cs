using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Api;

/// <summary>The filters and sorts of the module's lists, shared by the root lists and the fields that extend other modules' types.</summary>
internal static class OpportunityQuerySpecs
{
    public static readonly QuerySpec<Opportunity> Opportunity = new QuerySpec<Opportunity>("Opportunity", o => o.Id)
        .Field("title", o => o.Title)
        .Field("status", o => o.Status, graphType: "OpportunityStatus")
        .Field("stageId", o => o.StageId, sort: false)
        .Field("ownerId", o => o.OwnerId)
        .Field("currency", o => o.Currency)
        .Field("amount", o => o.AmountScaled, filter: false)
        .Field("probability", o => o.Probability)
        .Field("source", o => o.Source)
        .Field("expectedCloseDate", o => o.ExpectedCloseDate)
        .Field("createdAt", o => o.CreatedAt)
        .Field("closedAt", o => o.ClosedAt);

    public static readonly QuerySpec<PipelineStage> Stage = new QuerySpec<PipelineStage>("PipelineStage", s => s.Id)
        .Field("name", s => s.Name)
        .Field("position", s => s.Position)
        .Field("defaultProbability", s => s.DefaultProbability)
        .Field("kind", s => s.Kind, graphType: "StageKind", sort: false)
        .Field("active", s => s.Active, sort: false);

    public static readonly QuerySpec<FollowUp> FollowUp = new QuerySpec<FollowUp>("OpportunityFollowUp", f => f.Id)
        .Field("nextFollowUpAt", f => f.NextFollowUpAt)
        .Field("at", f => f.At);
}
