using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class AddressGraphType : ObjectGraphType<Address>
{
    public AddressGraphType()
    {
        Name = "Address";
        Field(x => x.Line1, nullable: true).FieldType.Sensitive();
        Field(x => x.City, nullable: true);
        Field(x => x.State, nullable: true);
        Field(x => x.PostalCode, nullable: true).FieldType.Sensitive();
        Field(x => x.Country, nullable: true);
    }
}
