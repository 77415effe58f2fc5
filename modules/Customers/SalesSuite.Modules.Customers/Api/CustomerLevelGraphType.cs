using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class CustomerLevelGraphType : ObjectGraphType<CustomerLevel>
{
    public CustomerLevelGraphType()
    {
        Name = "CustomerLevel";
        Description = "A tenant-defined customer level, e.g. A, B, C.";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Rank).Description("Orders the levels; 1 is the highest.");
    }
}
