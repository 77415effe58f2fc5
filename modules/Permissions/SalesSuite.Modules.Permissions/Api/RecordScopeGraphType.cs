using GraphQL.Types;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Api;

internal sealed class RecordScopeGraphType : EnumerationGraphType<RecordScope>
{
    public RecordScopeGraphType()
    {
        Name = "RecordScope";
        Description = "Whose records a role sees: OWN records, its TEAM subtree's, or the whole TENANT's.";
    }
}
