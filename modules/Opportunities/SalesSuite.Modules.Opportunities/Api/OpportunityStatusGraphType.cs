using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class OpportunityStatusGraphType : EnumerationGraphType<OpportunityStatus>
{
    public OpportunityStatusGraphType() => Name = "OpportunityStatus";
}
