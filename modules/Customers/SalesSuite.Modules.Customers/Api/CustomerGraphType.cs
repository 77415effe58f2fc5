using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class CustomerGraphType : ObjectGraphType<Customer>
{
    public CustomerGraphType()
    {
        Name = "Customer";
        Description = "A company or person the tenant sells to.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Customer;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.Id)).Reads();
        Field(x => x.Name).Reads(nameof(Customer.Name));
        Field<NonNullGraphType<CustomerKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind).Reads(nameof(Customer.Kind));
        Field(x => x.Level, nullable: true).Reads(nameof(Customer.Level)).Description("Code of a tenant-defined customer level.");
        Field(x => x.Category, nullable: true).Reads(nameof(Customer.Category)).Description("Code of a tenant-defined customer category.");
        Field(x => x.Industry, nullable: true).Reads(nameof(Customer.Industry));
        Field(x => x.Source, nullable: true).Reads(nameof(Customer.Source)).Description("Where the customer came from (campaign, referral, ...).");
        Field(x => x.Region, nullable: true).Reads(nameof(Customer.Region));
        Field<NonNullGraphType<AddressGraphType>>("address").Resolve(ctx => ctx.Source.Address);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Tags).Reads(nameof(Customer.Tags));
        Field(x => x.OwnerId).Reads(nameof(Customer.OwnerId)).Description("User id of the sales rep who owns the customer.");
        Field<NonNullGraphType<LifecycleStageGraphType>>("lifecycleStage").Resolve(ctx => ctx.Source.Lifecycle).Reads(nameof(Customer.Lifecycle));
        Field<NonNullGraphType<BooleanGraphType>>("archived").Resolve(ctx => ctx.Source.ArchivedAt is not null).Reads(nameof(Customer.ArchivedAt));
        Field(x => x.ArchivedAt, nullable: true).Reads(nameof(Customer.ArchivedAt));
        Field(x => x.CreatedAt).Reads(nameof(Customer.CreatedAt));
        Field(x => x.UpdatedAt).Reads(nameof(Customer.UpdatedAt));
        Field(x => x.Version).Reads(nameof(Customer.Version))
            .Description("Send it back with an update to refuse the update (CONFLICT) if someone else changed the customer meanwhile.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactGraphType>>>>("contacts")
            .Description("The customer's contacts, primary contact first.")
            .Resolve(ctx => ContactsLoader(ctx).Load(ctx.Source.Id))
            .Reads();
    }

    /// <summary>One query for the contacts of every customer on the current level of the request.</summary>
    private static BatchLoader<Guid, IReadOnlyList<Contact>> ContactsLoader(GraphQL.IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<CustomersDbContext, Guid, Contact>("customers.contacts", async (db, ids, ct) =>
        {
            return await db.Contacts.Where(c => ids.Contains(c.CustomerId))
                .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name).ThenBy(c => c.Id)
                .ToListAsync(ct);
        }, c => c.CustomerId);
    }
}
