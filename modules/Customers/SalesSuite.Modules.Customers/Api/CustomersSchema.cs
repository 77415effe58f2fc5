using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.AddContact;
using SalesSuite.Modules.Customers.Features.ArchiveCustomer;
using SalesSuite.Modules.Customers.Features.CompleteFollowUp;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.Modules.Customers.Features.CustomerChanged;
using SalesSuite.Modules.Customers.Features.DefineCustomerCategory;
using SalesSuite.Modules.Customers.Features.DefineCustomerLevel;
using SalesSuite.Modules.Customers.Features.GetCustomer;
using SalesSuite.Modules.Customers.Features.ListCustomerCategories;
using SalesSuite.Modules.Customers.Features.ListCustomerLevels;
using SalesSuite.Modules.Customers.Features.ListCustomers;
using SalesSuite.Modules.Customers.Features.ListFollowUpsDue;
using SalesSuite.Modules.Customers.Features.LogInteraction;
using SalesSuite.Modules.Customers.Features.ReassignCustomers;
using SalesSuite.Modules.Customers.Features.RemoveContact;
using SalesSuite.Modules.Customers.Features.RestoreCustomer;
using SalesSuite.Modules.Customers.Features.UpdateContact;
using SalesSuite.Modules.Customers.Features.UpdateCustomer;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Api;

/// <summary>The Customers slice of the schema: its queries, mutations and node types.</summary>
internal static class CustomersSchema
{
    public static readonly QuerySpec<Customer> CustomerSpec = new QuerySpec<Customer>("Customer", c => c.Id)
        .Field("name", c => c.Name)
        .Field("kind", c => c.Kind, graphType: "CustomerKind")
        .Field("level", c => c.Level)
        .Field("category", c => c.Category)
        .Field("industry", c => c.Industry)
        .Field("source", c => c.Source)
        .Field("region", c => c.Region)
        .Field("city", c => c.Address.City)
        .Field("country", c => c.Address.Country)
        .Field("ownerId", c => c.OwnerId)
        .Field("lifecycleStage", c => c.Lifecycle, graphType: "LifecycleStage")
        .Field("createdAt", c => c.CreatedAt)
        .Field("updatedAt", c => c.UpdatedAt)
        .Field("archivedAt", c => c.ArchivedAt)
        .StringList("tags", c => c.Tags);

    public static readonly QuerySpec<Interaction> InteractionSpec = new QuerySpec<Interaction>("Interaction", i => i.Id)
        .Field("kind", i => i.Kind, graphType: "InteractionKind")
        .Field("subject", i => i.Subject)
        .Field("occurredAt", i => i.OccurredAt)
        .Field("createdBy", i => i.CreatedBy)
        .Field("nextFollowUpAt", i => i.NextFollowUpAt)
        .Field("followUpDoneAt", i => i.FollowUpDoneAt);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<CustomerKindGraphType>();
        slice.AddType<LifecycleStageGraphType>();
        slice.AddType<InteractionKindGraphType>();
        slice.AddType<CustomerGraphType>();
        slice.AddType<ContactGraphType>();
        slice.AddType<InteractionGraphType>();
        slice.AddType<CustomerLevelGraphType>();
        slice.AddType<CustomerCategoryGraphType>();

        var payloads = new CustomerPayloads();
        AddQueries(slice);
        AddMutations(slice, payloads);
        CustomerConversion.Build(slice);
        ImportSchema.Build(slice, payloads);

        slice.AddNodesResolver("Customer", async (ctx, ids) =>
        {
            await using var db = ctx.Db<CustomersDbContext>();
            return await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (object)c, ctx.CancellationToken);
        });
        slice.AddNodesResolver("Interaction", async (ctx, ids) =>
        {
            await using var db = ctx.Db<CustomersDbContext>();
            return await db.Interactions.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (object)i, ctx.CancellationToken);
        });
    }

    private static void AddQueries(ISchemaSlice slice)
    {
        var interactionConnection = ConnectionTypes.For(slice, "Interaction");
        ListCustomersField.Register(slice);
        GetCustomerField.Register(slice);
        ListCustomerLevelsField.Register(slice);
        ListCustomerCategoriesField.Register(slice);
        ListFollowUpsDueField.Register(slice);
        CustomerChangedField.Register(slice);

        slice.ExtendType("Opportunity", Fields.Batched(
            "customer",
            new GraphQLTypeReference("Customer"),
            ctx => CustomerLoaders.ById(ctx).Load(((SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord)ctx.Source!).CustomerId),
            "The customer of the opportunity (null when outside your scope).")
            .Reads(nameof(SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord.CustomerId)));

        slice.ExtendType("Order", Fields.Batched(
            "customer",
            new GraphQLTypeReference("Customer"),
            ctx => CustomerLoaders.ById(ctx).Load(((SalesSuite.Modules.Orders.Contracts.IOrderRecord)ctx.Source!).CustomerId),
            "The customer of the order (null when outside your scope)."));

        slice.ExtendType("Customer", Fields.Create(
            "interactions",
            new NonNullGraphType(interactionConnection),
            async ctx =>
            {
                var customer = (Customer)ctx.Source!;
                await using var db = ctx.Db<CustomersDbContext>();
                return await InteractionSpec.ToConnectionAsync(db.Interactions.Where(i => i.CustomerId == customer.Id), ctx,
                    q => q.OrderByDescending(i => i.OccurredAt));
            },
            "The customer's timeline, newest first.",
            InteractionSpec.Arguments(slice)).Reads());
    }

    /// <summary>The mutations, in the schema's order: each one lives in its feature folder.</summary>
    private static void AddMutations(ISchemaSlice slice, CustomerPayloads payloads)
    {
        CreateCustomerField.Register(slice, payloads);
        UpdateCustomerField.Register(slice, payloads);
        ArchiveCustomerField.Register(slice, payloads);
        RestoreCustomerField.Register(slice, payloads);
        AddContactField.Register(slice, payloads);
        UpdateContactField.Register(slice, payloads);
        RemoveContactField.Register(slice, payloads);
        LogInteractionField.Register(slice, payloads);
        CompleteFollowUpField.Register(slice, payloads);
        ReassignCustomersField.Register(slice);
        DefineCustomerLevelField.Register(slice);
        DefineCustomerCategoryField.Register(slice);
    }

    /// <summary>A root field <c>name(id: ID!): Type</c> that finds one visible row of the set by its global id.</summary>
    internal static FieldType ById<T>(string name, string typeName, Func<CustomersDbContext, IQueryable<T>> set, string description)
        where T : TenantEntity =>
        Fields.Create(
            name,
            new GraphQLTypeReference(typeName),
            async ctx =>
            {
                var id = GlobalId.Decode(ctx.GetArgument<string>("id"), typeName, "id");
                await using var db = ctx.Db<CustomersDbContext>();
                return await set(db).FirstOrDefaultAsync(c => c.Id == id, ctx.CancellationToken);
            },
            description,
            new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" }));
}
