using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Api;

/// <summary>The payload types several Opportunities mutations share, one instance each.</summary>
internal sealed class OpportunityPayloads
{
    public ObjectGraphType Opportunity { get; } = SchemaBuilders.Payload("OpportunityPayload", ("opportunity", "Opportunity"));

    public ObjectGraphType FollowUp { get; } = SchemaBuilders.Payload("OpportunityFollowUpPayload", ("followUp", "OpportunityFollowUp"));
}
