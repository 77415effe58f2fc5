using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class CustomerCategoryGraphType : ObjectGraphType<CustomerCategory>
{
    public CustomerCategoryGraphType()
    {
        Name = "CustomerCategory";
        Description = "A tenant-defined customer category.";
        Field(x => x.Code);
        Field(x => x.Name);
    }
}
