using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.OpportunityChanged;

/// <summary>Subscription opportunityChanged(where:): committed changes to the opportunities the subscriber may read.</summary>
internal static class OpportunityChangedField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddSubscriptionField(LiveChanges.Field<OpportunitiesDbContext, Domain.Opportunity>(slice, "opportunityChanged", OpportunityQuerySpecs.Opportunity,
            "opportunity", "opportunity.", db => db.Opportunities,
            "Opportunities created, changed, moved, won or lost, once committed: only those you may read, and that match where when it is sent."));
    }
}
