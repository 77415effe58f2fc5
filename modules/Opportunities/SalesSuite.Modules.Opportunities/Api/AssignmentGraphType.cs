using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class AssignmentGraphType : ObjectGraphType<Assignment>
{
    public AssignmentGraphType()
    {
        Name = "OpportunityAssignment";
        Field(x => x.FromOwnerId, nullable: true);
        Field(x => x.ToOwnerId);
        Field(x => x.At);
        Field(x => x.ActorId);
        Field(x => x.Reason, nullable: true);
    }
}
