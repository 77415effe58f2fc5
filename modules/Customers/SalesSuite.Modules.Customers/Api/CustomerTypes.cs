using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class CustomerKindGraphType : EnumerationGraphType<CustomerKind>
{
    public CustomerKindGraphType() => Name = "CustomerKind";
}

internal sealed class LifecycleStageGraphType : EnumerationGraphType<LifecycleStage>
{
    public LifecycleStageGraphType() => Name = "LifecycleStage";
}

internal sealed class InteractionKindGraphType : EnumerationGraphType<InteractionKind>
{
    public InteractionKindGraphType() => Name = "InteractionKind";
}

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

internal sealed class CustomerGraphType : ObjectGraphType<Customer>
{
    public CustomerGraphType()
    {
        Name = "Customer";
        Description = "A company or person the tenant sells to.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Customer;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.Id));
        Field(x => x.Name);
        Field<NonNullGraphType<CustomerKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Level, nullable: true).Description("Code of a tenant-defined customer level.");
        Field(x => x.Category, nullable: true).Description("Code of a tenant-defined customer category.");
        Field(x => x.Industry, nullable: true);
        Field(x => x.Source, nullable: true).Description("Where the customer came from (campaign, referral, ...).");
        Field(x => x.Region, nullable: true);
        Field<NonNullGraphType<AddressGraphType>>("address").Resolve(ctx => ctx.Source.Address);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Tags);
        Field(x => x.OwnerId).Description("User id of the sales rep who owns the customer.");
        Field<NonNullGraphType<LifecycleStageGraphType>>("lifecycleStage").Resolve(ctx => ctx.Source.Lifecycle);
        Field<NonNullGraphType<BooleanGraphType>>("archived").Resolve(ctx => ctx.Source.ArchivedAt is not null);
        Field(x => x.ArchivedAt, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.UpdatedAt);
        Field(x => x.Version).Description("Send it back with an update to refuse the update (CONFLICT) if someone else changed the customer meanwhile.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactGraphType>>>>("contacts")
            .Description("The customer's contacts, primary contact first.")
            .Resolve(ctx => ContactsLoader(ctx).Load(ctx.Source.Id));
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

internal sealed class InteractionGraphType : ObjectGraphType<Interaction>
{
    public InteractionGraphType()
    {
        Name = "Interaction";
        Description = "A call, visit, email or note on a customer's timeline.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Interaction;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Interaction", ctx.Source.Id));
        Field<NonNullGraphType<InteractionKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Subject);
        Field(x => x.Notes, nullable: true);
        Field(x => x.OccurredAt);
        Field(x => x.CreatedBy).Description("User id of who logged it.");
        Field(x => x.NextFollowUpAt, nullable: true).Description("When the customer's owner should follow up.");
        Field(x => x.FollowUpDoneAt, nullable: true);
        Field<CustomerGraphType>("customer")
            .Resolve(ctx => CustomerLoader(ctx).Load(ctx.Source.CustomerId));
    }

    private static BatchLoader<Guid, Customer> CustomerLoader(GraphQL.IResolveFieldContext ctx) => CustomerLoaders.ById(ctx);
}

internal static class CustomerLoaders
{
    public static BatchLoader<Guid, Customer> ById(GraphQL.IResolveFieldContext ctx)
    {
        return ctx.Loader<CustomersDbContext, Guid, Customer>("customers.byId", async (db, ids, ct) =>
        {
            return await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        });
    }
}

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
