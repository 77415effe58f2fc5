using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "A person to talk to at a customer.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Contact", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Title, nullable: true);
        Field(x => x.Phone, nullable: true).FieldType.Sensitive().Deniable();
        Field(x => x.Email, nullable: true).FieldType.Sensitive().Deniable();
        Field(x => x.IsPrimary);
    }
}
