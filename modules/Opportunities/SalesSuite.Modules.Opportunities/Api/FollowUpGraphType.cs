using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class FollowUpGraphType : ObjectGraphType<FollowUp>
{
    public FollowUpGraphType()
    {
        Name = "OpportunityFollowUp";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("OpportunityFollowUp", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("opportunityId").Resolve(ctx => GlobalId.Encode("Opportunity", ctx.Source.OpportunityId));
        Field(x => x.Note);
        Field(x => x.At);
        Field(x => x.ActorId);
        Field(x => x.NextFollowUpAt, nullable: true);
        Field(x => x.DoneAt, nullable: true);
    }
}
