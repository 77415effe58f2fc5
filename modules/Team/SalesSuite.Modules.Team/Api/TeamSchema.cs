using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Api;

internal sealed class SalesRepGraphType : ObjectGraphType<SalesRep>
{
    public SalesRepGraphType()
    {
        Name = "SalesRep";
        Description = "A user of the tenant as a sales rep: profile, territory, capacity and place in the manager tree.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesRep;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("SalesRep", ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field(x => x.Name);
        Field(x => x.Email, nullable: true);
        Field(x => x.Title, nullable: true);
        Field(x => x.Territory, nullable: true);
        Field(x => x.Capacity, nullable: true);
        Field(x => x.ManagerUserId, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(ctx => ctx.Source.Active);
        Field(x => x.Version);
        Field<SalesRepGraphType>("manager").Description("The rep's manager, when within your scope.")
            .Resolve(ctx => ctx.Source.ManagerUserId is null ? null : TeamSchema.RepsByUser(ctx).Load(ctx.Source.ManagerUserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalesRepGraphType>>>>("directReports")
            .Resolve(ctx => TeamSchema.ReportsOf(ctx).Load(ctx.Source.UserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingRecordGraphType>>>>("trainings").Description("The rep's training records, newest first.")
            .Resolve(ctx => TeamSchema.TrainingsOf(ctx).Load(ctx.Source.UserId));
        Field<GraphQLTypeReference>("team").Type(new GraphQLTypeReference("Team"))
            .Resolve(ctx => ctx.Source.TeamId is { } id ? TeamSchema.TeamsById(ctx).Load(id) : null);
    }
}

internal sealed class TrainingRecordGraphType : ObjectGraphType<TrainingRecord>
{
    public TrainingRecordGraphType()
    {
        Name = "TrainingRecord";
        Description = "A course a rep took: date, completion and score.";
        Field<NonNullGraphType<StringGraphType>>("userId").Resolve(ctx => ctx.Source.OwnerId);
        Field(x => x.Course);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(ctx => ctx.Source.Date);
        Field(x => x.Completed);
        Field(x => x.Score, nullable: true).FieldType.NotDerived();
        Field(x => x.RecordedBy);
    }
}

internal sealed class TeamGraphType : ObjectGraphType<SalesTeam>
{
    public TeamGraphType()
    {
        Name = "Team";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesTeam;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Team", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
    }
}

internal static class TeamSchema
{
    private static readonly QuerySpec<SalesRep> RepSpec = new QuerySpec<SalesRep>("SalesRep", r => r.Id)
        .Field("userId", r => r.OwnerId)
        .Field("name", r => r.Name)
        .Field("territory", r => r.Territory)
        .Field("managerUserId", r => r.ManagerUserId)
        .Field("teamId", r => r.TeamId, sort: false)
        .Field("capacity", r => r.Capacity)
        .Field("createdAt", r => r.CreatedAt);

    private static readonly QuerySpec<SalesTeam> TeamSpec = new QuerySpec<SalesTeam>("Team", t => t.Id)
        .Field("name", t => t.Name)
        .Field("description", t => t.Description);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<SalesRepGraphType>();
        slice.AddType<TeamGraphType>();
        slice.AddType<TrainingRecordGraphType>();
        var rep = new GraphQLTypeReference("SalesRep");

        slice.AddQueryField(Fields.Create("salesReps", new NonNullGraphType(ConnectionTypes.For(slice, "SalesRep")), async ctx =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            var query = db.Reps.AsQueryable();
            if (!ctx.GetArgument<bool>("includeInactive"))
            {
                query = query.Where(r => r.DeactivatedAt == null);
            }

            return await RepSpec.ToConnectionAsync(query, ctx, q => q.OrderBy(r => r.Name));
        }, "Sales reps within your scope (yourself, your team subtree, or everyone for admins).",
            RepSpec.Arguments(slice, new QueryArgument(new BooleanGraphType()) { Name = "includeInactive", DefaultValue = false })));

        slice.AddQueryField(Fields.Create("salesRep", rep, async ctx =>
        {
            var userId = ctx.GetArgument<string>("userId");
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.OwnerId == userId, ctx.CancellationToken);
        }, "One sales rep by user id; null when unknown or outside your scope.", new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" })));

        slice.AddQueryField(Fields.CreateWith<ICurrentUser>("me", rep, async (ctx, currentUser) =>
        {
            var userId = currentUser.UserIdOrThrow;
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.OwnerId == userId, ctx.CancellationToken);
        }, "Your own sales rep profile, if you have one."));

        slice.AddQueryField(Fields.Create("teams", new NonNullGraphType(ConnectionTypes.For(slice, "Team")), async ctx =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await TeamSpec.ToConnectionAsync(db.Teams, ctx, q => q.OrderBy(t => t.Name));
        }, "Your tenant's sales teams, filtered, sorted and paged (by name by default).", TeamSpec.Arguments(slice)));

        var repInput = SchemaBuilders.Input("SalesRepInput", "A new sales rep.",
            ("userId", new NonNullGraphType(new StringGraphType())), ("name", new NonNullGraphType(new StringGraphType())), ("email", new StringGraphType()),
            ("title", new StringGraphType()), ("territory", new StringGraphType()), ("capacity", new IntGraphType()),
            ("managerUserId", new StringGraphType()), ("teamId", new IdGraphType()));
        var updateInput = SchemaBuilders.Input("UpdateSalesRepInput", "Changes to a rep's profile; fields left out stay as they are.",
            ("userId", new NonNullGraphType(new StringGraphType())), ("version", new LongGraphType()), ("name", new StringGraphType()), ("email", new StringGraphType()),
            ("title", new StringGraphType()), ("territory", new StringGraphType()), ("capacity", new IntGraphType()));
        var moveInput = SchemaBuilders.Input("MoveSalesRepInput", "A new place in the manager tree and/or another team.",
            ("userId", new NonNullGraphType(new StringGraphType())), ("version", new LongGraphType()), ("managerUserId", new StringGraphType()), ("teamId", new IdGraphType()));
        var deactivateInput = SchemaBuilders.Input("DeactivateSalesRepInput", "The rep who leaves; their records stay theirs until reassigned.",
            ("userId", new NonNullGraphType(new StringGraphType())));
        var teamInput = SchemaBuilders.Input("CreateTeamInput", "A new team.", ("name", new NonNullGraphType(new StringGraphType())), ("description", new StringGraphType()));
        var repPayload = SchemaBuilders.Payload("SalesRepPayload", ("salesRep", "SalesRep"));

        slice.AddMutation<TeamCommands>("createSalesRep", repInput, repPayload, "Adds a user of the tenant as a sales rep.", (c, i, ct) => SchemaBuilders.Payload("salesRep", c.CreateRepAsync(i, ct)));
        slice.AddMutation<TeamCommands>("updateSalesRep", updateInput, repPayload, "Changes a rep's profile, territory or capacity.", (c, i, ct) => SchemaBuilders.Payload("salesRep", c.UpdateRepAsync(i, ct)));
        slice.AddMutation<TeamCommands>("moveSalesRep", moveInput, repPayload, "Moves a rep in the manager tree or to another team; managers' scopes change at once.", (c, i, ct) => SchemaBuilders.Payload("salesRep", c.MoveRepAsync(i, ct)));
        slice.AddMutation<TeamCommands>("deactivateSalesRep", deactivateInput, repPayload, "Deactivates a rep who leaves; their records stay until reassigned.", (c, i, ct) => SchemaBuilders.Payload("salesRep", c.DeactivateRepAsync(i, ct)));
        slice.AddMutation<TeamCommands>("createTeam", teamInput, SchemaBuilders.Payload("TeamPayload", ("team", "Team")), "Creates a sales team.", (c, i, ct) => SchemaBuilders.Payload("team", c.CreateTeamAsync(i, ct)));

        slice.AddMutation<TeamCommands>("recordTraining", SchemaBuilders.Input("RecordTrainingInput", "A course a rep took.",
            ("userId", new NonNullGraphType(new StringGraphType())), ("course", new NonNullGraphType(new StringGraphType())), ("date", new DateOnlyGraphType()),
            ("completed", new BooleanGraphType()), ("score", new DecimalGraphType())).Describe(("score", "The course's score, as the course gives it.")),
            SchemaBuilders.Payload("TrainingRecordPayload", ("training", "TrainingRecord")), "Records a rep's training (TEAM2).",
            (c, i, ct) => SchemaBuilders.Payload("training", c.RecordTrainingAsync(i, ct)));

        slice.ExtendType("Customer", Fields.Batched("owner", rep,
            ctx => RepsByUser(ctx).Load(((ICustomerRecord)ctx.Source!).OwnerId),
            "The sales rep who owns the customer (null when the owner has no rep profile)."));

        slice.ExtendType("Opportunity", Fields.Batched("owner", rep,
            ctx => RepsByUser(ctx).Load(((SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord)ctx.Source!).OwnerId),
            "The sales rep who owns the opportunity."));

        slice.AddNodeResolver("SalesRep", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.Id == id, ctx.CancellationToken);
        });
        slice.AddNodeResolver("Team", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ctx.CancellationToken);
        });
    }

    public static BatchLoader<string, SalesRep> RepsByUser(IResolveFieldContext ctx)
    {
        return ctx.Loader<TeamDbContext, string, SalesRep>("team.repsByUser", async (db, ids, ct) =>
        {
            return await db.Reps.Where(r => ids.Contains(r.OwnerId)).ToDictionaryAsync(r => r.OwnerId, ct);
        });
    }

    public static BatchLoader<string, IReadOnlyList<SalesRep>> ReportsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<TeamDbContext, string, SalesRep>("team.reportsOf", async (db, ids, ct) =>
        {
            return await db.Reps.Where(r => r.ManagerUserId != null && ids.Contains(r.ManagerUserId)).OrderBy(r => r.Name).ToListAsync(ct);
        }, r => r.ManagerUserId!);
    }

    public static BatchLoader<string, IReadOnlyList<TrainingRecord>> TrainingsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<TeamDbContext, string, TrainingRecord>("team.trainings", async (db, ids, ct) =>
        {
            return await db.Trainings.Where(t => ids.Contains(t.OwnerId)).OrderByDescending(t => t.Date).ThenBy(t => t.Course).ToListAsync(ct);
        }, t => t.OwnerId);
    }

    public static BatchLoader<Guid, SalesTeam> TeamsById(IResolveFieldContext ctx)
    {
        return ctx.Loader<TeamDbContext, Guid, SalesTeam>("team.teamsById", async (db, ids, ct) =>
        {
            return await db.Teams.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        });
    }
}
