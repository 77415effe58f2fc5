using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class StageKindGraphType : EnumerationGraphType<StageKind>
{
    public StageKindGraphType() => Name = "StageKind";
}
