using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Api;

internal static class OpportunitiesSchema
{
    private static readonly QuerySpec<Opportunity> Spec = new QuerySpec<Opportunity>("Opportunity", o => o.Id)
        .Field("title", o => o.Title)
        .Field("status", o => o.Status, graphType: "OpportunityStatus")
        .Field("stageId", o => o.StageId, sort: false)
        .Field("ownerId", o => o.OwnerId)
        .Field("currency", o => o.Currency)
        .Field("amount", o => o.AmountScaled, filter: false)
        .Field("probability", o => o.Probability)
        .Field("source", o => o.Source)
        .Field("expectedCloseDate", o => o.ExpectedCloseDate)
        .Field("createdAt", o => o.CreatedAt)
        .Field("closedAt", o => o.ClosedAt);

    private static readonly QuerySpec<PipelineStage> StageSpec = new QuerySpec<PipelineStage>("PipelineStage", s => s.Id)
        .Field("name", s => s.Name)
        .Field("position", s => s.Position)
        .Field("defaultProbability", s => s.DefaultProbability)
        .Field("kind", s => s.Kind, graphType: "StageKind", sort: false)
        .Field("active", s => s.Active, sort: false);

    private static readonly QuerySpec<FollowUp> FollowUpSpec = new QuerySpec<FollowUp>("OpportunityFollowUp", f => f.Id)
        .Field("nextFollowUpAt", f => f.NextFollowUpAt)
        .Field("at", f => f.At);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<StageKindGraphType>();
        slice.AddType<OpportunityStatusGraphType>();
        slice.AddType<PipelineStageGraphType>();
        slice.AddType<OpportunityGraphType>();
        slice.AddType<StageChangeGraphType>();
        slice.AddType<AssignmentGraphType>();
        slice.AddType<FollowUpGraphType>();
        var connection = ConnectionTypes.For(slice, "Opportunity");

        slice.AddQueryField(Fields.Create("opportunities", new NonNullGraphType(connection), async ctx =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await Spec.ToConnectionAsync(db.Opportunities, ctx, q => q.OrderByDescending(o => o.CreatedAt));
        }, "Opportunities within your scope, filtered, sorted and paged (newest first by default).", Spec.Arguments(slice)));

        slice.AddQueryField(Fields.Create("opportunity", new GraphQLTypeReference("Opportunity"), async ctx =>
        {
            var id = GlobalId.Decode(ctx.GetArgument<string>("id"), "Opportunity", "id");
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, ctx.CancellationToken);
        }, "One opportunity; null when it does not exist or is outside your scope.", new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" })));

        slice.AddQueryField(Fields.Create("pipelineStages", new NonNullGraphType(ConnectionTypes.For(slice, "PipelineStage")), async ctx =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await StageSpec.ToConnectionAsync(db.Stages, ctx, q => q.OrderBy(s => s.Position));
        }, "The stages of your tenant's pipeline, inactive ones included, filtered, sorted and paged (in pipeline order by default).", StageSpec.Arguments(slice)));

        slice.AddQueryField(Fields.CreateWith<ICurrentUser, TimeProvider>("opportunityFollowUpsDue", new NonNullGraphType(ConnectionTypes.For(slice, "OpportunityFollowUp")), async (ctx, currentUser, clock) =>
        {
            var user = currentUser.UserIdOrThrow;
            var until = ctx.GetArgument<DateTimeOffset?>("dueBefore")?.ToUniversalTime() ?? clock.GetUtcNow();
            await using var db = ctx.Db<OpportunitiesDbContext>();
            var query = db.FollowUps.Where(f => f.NextFollowUpAt != null && f.DoneAt == null && f.NextFollowUpAt <= until
                && db.Opportunities.Any(o => o.Id == f.OpportunityId && o.OwnerId == user && o.Status == OpportunityStatus.Open));
            return await FollowUpSpec.ToConnectionAsync(query, ctx, q => q.OrderBy(f => f.NextFollowUpAt));
        }, "Follow-ups due on your open opportunities, earliest first.", FollowUpSpec.Arguments(slice, new QueryArgument(new DateTimeOffsetGraphType()) { Name = "dueBefore" })));

        OpportunityStatistics.Build(slice);
        AddMutations(slice);

        slice.ExtendType("Customer", Fields.Batched("opportunities", new NonNullGraphType(connection),
            ctx => Spec.LoadPage<OpportunitiesDbContext, Guid>(ctx, "opp.byCustomer", ((ICustomerRecord)ctx.Source!).Id, o => o.CustomerId,
                db => db.Opportunities, q => q.OrderByDescending(o => o.CreatedAt)),
            "The customer's opportunities within your scope, filtered, sorted and paged like the root opportunities (newest first by default); " +
            "the pages of all customers of a list are loaded together.",
            Spec.NestedArguments(slice)));

        slice.ExtendType("SalesRep", Fields.Batched("opportunities",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Opportunity")))),
            ctx => ByOwner(ctx, ctx.GetArgument<OpportunityStatus?>("status")).Load(((ISalesRepRecord)ctx.Source!).UserId),
            "The rep's opportunities within your scope, newest first; only those in the given status when one is given.",
            new QueryArguments(new QueryArgument(new GraphQLTypeReference("OpportunityStatus")) { Name = "status" })));

        slice.ExtendType("Order", Fields.Batched("opportunity", new GraphQLTypeReference("Opportunity"),
            ctx => ((SalesSuite.Modules.Orders.Contracts.IOrderRecord)ctx.Source!).OpportunityId is { } id ? ById(ctx).Load(id) : new NoOpportunity(),
            "The opportunity the order came from, if any and within your scope."));

        slice.AddNodesResolver("Opportunity", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await db.Opportunities.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (object)o, ctx.CancellationToken);
        });
        slice.AddNodeResolver("PipelineStage", async (ctx, id) =>
        {
            await using var db = ctx.Db<OpportunitiesDbContext>();
            return await db.Stages.FirstOrDefaultAsync(s => s.Id == id, ctx.CancellationToken);
        });
    }

    /// <summary>The units of an opportunity's numbers, as its output fields give them.</summary>
    private static readonly (string, string)[] Units =
        [("amount", "In the opportunity's currency (a number or a decimal string)."), ("probability", "Chance to win, 0-100.")];

    private static void AddMutations(ISchemaSlice slice)
    {
        var payload = SchemaBuilders.Payload("OpportunityPayload", ("opportunity", "Opportunity"));
        IGraphType Str() => new StringGraphType();
        IGraphType Id() => new NonNullGraphType(new IdGraphType());

        slice.AddMutation<OpportunityCommands>("createOpportunity", SchemaBuilders.Input("CreateOpportunityInput", "A new opportunity; it starts in the first open stage unless stageId says otherwise.",
            ("customerId", Id()), ("title", new NonNullGraphType(new StringGraphType())), ("requirement", Str()), ("amount", new DecimalGraphType()),
            ("currency", Str()), ("expectedCloseDate", new DateOnlyGraphType()), ("probability", new IntGraphType()), ("source", Str()),
            ("ownerId", Str()), ("stageId", new IdGraphType())).Describe(Units),
            payload, "Registers an opportunity for a customer you can see.", (c, i, ct) => SchemaBuilders.Payload("opportunity", c.CreateAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("updateOpportunity", SchemaBuilders.Input("UpdateOpportunityInput", "Changes to an opportunity; fields left out stay as they are.",
            ("id", Id()), ("version", new LongGraphType()), ("title", Str()), ("requirement", Str()), ("amount", new DecimalGraphType()),
            ("currency", Str()), ("expectedCloseDate", new DateOnlyGraphType()), ("probability", new IntGraphType()), ("source", Str())).Describe(Units),
            payload, "Changes an opportunity.", (c, i, ct) => SchemaBuilders.Payload("opportunity", c.UpdateAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("moveOpportunityStage", SchemaBuilders.Input("MoveOpportunityStageInput", "The stage to move to; a lost stage needs a reason.",
            ("id", Id()), ("version", new LongGraphType()), ("stageId", Id()), ("reason", Str())),
            payload, "Moves an open opportunity to another stage (recorded in its stage history); a won or lost stage closes it.",
            (c, i, ct) => SchemaBuilders.Payload("opportunity", c.MoveStageAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("reopenOpportunity", SchemaBuilders.Input("ReopenOpportunityInput", "A won or lost opportunity to reopen.",
            ("id", Id()), ("version", new LongGraphType())),
            payload, "Takes a closed opportunity back to the last open stage.", (c, i, ct) => SchemaBuilders.Payload("opportunity", c.ReopenAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("reassignOpportunity", SchemaBuilders.Input("ReassignOpportunityInput", "The new owner and why.",
            ("id", Id()), ("version", new LongGraphType()), ("ownerId", new NonNullGraphType(new StringGraphType())), ("reason", Str())),
            payload, "Gives an opportunity to another rep (recorded in its assignment history).", (c, i, ct) => SchemaBuilders.Payload("opportunity", c.ReassignAsync(i, ct)));
        var followUpPayload = SchemaBuilders.Payload("OpportunityFollowUpPayload", ("followUp", "OpportunityFollowUp"));
        slice.AddMutation<OpportunityCommands>("logOpportunityFollowUp", SchemaBuilders.Input("LogOpportunityFollowUpInput", "A note on the opportunity and, optionally, when to follow up next.",
            ("opportunityId", Id()), ("note", new NonNullGraphType(new StringGraphType())), ("nextFollowUpAt", new DateTimeOffsetGraphType())),
            followUpPayload, "Adds to an opportunity's follow-up log.", (c, i, ct) => SchemaBuilders.Payload("followUp", c.LogFollowUpAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("completeOpportunityFollowUp", SchemaBuilders.Input("CompleteOpportunityFollowUpInput", "The follow-up that is done.", ("id", Id())),
            followUpPayload, "Marks a follow-up as done.", (c, i, ct) => SchemaBuilders.Payload("followUp", c.CompleteFollowUpAsync(i, ct)));
        slice.AddMutation<OpportunityCommands>("definePipelineStage", SchemaBuilders.Input("DefinePipelineStageInput", "A new stage (without id) or changes to one (with id).",
            ("id", new IdGraphType()), ("version", new LongGraphType()), ("name", new NonNullGraphType(new StringGraphType())), ("position", new IntGraphType()),
            ("defaultProbability", new NonNullGraphType(new IntGraphType())), ("kind", new GraphQLTypeReference("StageKind")), ("active", new BooleanGraphType()))
            .Describe(("defaultProbability", "Chance to win of an opportunity entering the stage, 0-100.")),
            SchemaBuilders.Payload("PipelineStagePayload", ("stage", "PipelineStage")), "Adds or changes a stage of your tenant's pipeline.",
            (c, i, ct) => SchemaBuilders.Payload("stage", c.DefineStageAsync(i, ct)));
    }

    private static BatchLoader<Guid, Opportunity> ById(IResolveFieldContext ctx)
    {
        return ctx.Loader<OpportunitiesDbContext, Guid, Opportunity>("opp.byId", async (db, ids, ct) =>
        {
            return await db.Opportunities.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        });
    }

    /// <summary>A deferred null, for orders without an opportunity.</summary>
    private sealed class NoOpportunity : GraphQL.DataLoader.IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(null);
    }

    private static BatchLoader<string, IReadOnlyList<Opportunity>> ByOwner(IResolveFieldContext ctx, OpportunityStatus? status)
    {
        return ctx.GroupedLoader<OpportunitiesDbContext, string, Opportunity>($"opp.byOwner.{status}", async (db, ids, ct) =>
        {
            var query = db.Opportunities.Where(o => ids.Contains(o.OwnerId));
            if (status is { } wanted)
            {
                query = query.Where(o => o.Status == wanted);
            }

            return await query.OrderByDescending(o => o.CreatedAt).ToListAsync(ct);
        }, o => o.OwnerId);
    }
}
