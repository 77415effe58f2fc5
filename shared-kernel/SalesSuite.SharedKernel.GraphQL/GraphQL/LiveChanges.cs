using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>What a change subscription sends for one event: the event, and the record as the subscriber may read it now.</summary>
public sealed record LiveChange(LiveEvent Event, object? Record);

/// <summary>
/// Builds the <c>…Changed</c> subscription fields. The host runs a subscription's document once per committed event of the subscriber's
/// tenant, in a new scope with the subscriber's current grant, with the event as the root value (<see cref="LiveEvent"/>). The field's
/// stream resolver then reads the record through the module's user-scoped context, with the subscription's <c>where</c>: a record the
/// subscriber could not read with <c>node(id:)</c>, or that does not match, sends nothing. Any other root value (the host's check when the
/// client subscribes) gives an empty stream.
/// </summary>
public static class LiveChanges
{
    /// <summary>Field metadata: the event type prefix (e.g. <c>customer.</c>) whose events the subscription listens to.</summary>
    public const string EventPrefix = "salessuite:live-prefix";

    /// <summary>
    /// A subscription field <paramref name="name"/><c>(where:)</c> of <c>{Type}Change!</c> for the events starting with
    /// <paramref name="eventPrefix"/>, whose record (<paramref name="recordField"/>) is read from <paramref name="set"/>.
    /// <paramref name="load"/> reads the record with what its type needs (e.g. an order's lines); the first row of the query by default.
    /// A deletion is sent only to subscribers who see every owner's records and gave no <c>where</c>: nothing is left to check.
    /// </summary>
    public static FieldType Field<TContext, T>(ISchemaSlice slice, string name, QuerySpec<T> spec, string recordField, string eventPrefix,
        Func<TContext, IQueryable<T>> set, string description, Func<TContext, IQueryable<T>, CancellationToken, Task<T?>>? load = null)
        where TContext : ModuleDbContext
        where T : TenantEntity =>
        Build(slice, name, spec, recordField, eventPrefix, (TContext db, IResolveFieldContext _) => set(db), description, load, sendsDeletions: true);

    /// <summary>
    /// As the other overload, with a <paramref name="set"/> that depends on the subscriber (e.g. their own reminders). Deletions are not
    /// sent: with the record gone, nothing tells whether it was in the subscriber's set.
    /// </summary>
    public static FieldType Field<TContext, T>(ISchemaSlice slice, string name, QuerySpec<T> spec, string recordField, string eventPrefix,
        Func<TContext, IResolveFieldContext, IQueryable<T>> set, string description, Func<TContext, IQueryable<T>, CancellationToken, Task<T?>>? load = null)
        where TContext : ModuleDbContext
        where T : TenantEntity =>
        Build(slice, name, spec, recordField, eventPrefix, set, description, load, sendsDeletions: false);

    private static FieldType Build<TContext, T>(ISchemaSlice slice, string name, QuerySpec<T> spec, string recordField, string eventPrefix,
        Func<TContext, IResolveFieldContext, IQueryable<T>> set, string description, Func<TContext, IQueryable<T>, CancellationToken, Task<T?>>? load,
        bool sendsDeletions)
        where TContext : ModuleDbContext
        where T : TenantEntity
    {
        var payload = slice.Shared(spec.TypeName + "Change", () => PayloadType(slice, spec.TypeName, recordField));
        var where = spec.Arguments(slice).Single(a => a.Name == "where");
        where.Description = "Sends only the changes whose record matches, as it is when each change is sent.";
        var field = new FieldType
        {
            Name = name,
            ResolvedType = new NonNullGraphType(payload),
            Description = description,
            Arguments = new QueryArguments(where),
            StreamResolver = new SourceStreamResolver<LiveChange>(ctx => ResolveAsync(ctx, spec, eventPrefix, set, load, sendsDeletions)),
            Resolver = new FuncFieldResolver<object?>(ctx => ctx.Source),
        };
        field.WithMetadata(EventPrefix, eventPrefix);
        return field;
    }

    private static async ValueTask<IObservable<LiveChange?>> ResolveAsync<TContext, T>(IResolveFieldContext ctx, QuerySpec<T> spec, string prefix,
        Func<TContext, IResolveFieldContext, IQueryable<T>> set, Func<TContext, IQueryable<T>, CancellationToken, Task<T?>>? load, bool sendsDeletions)
        where TContext : ModuleDbContext
        where T : TenantEntity
    {
        spec.RefuseDeniedFields(ctx);
        if (ctx.RootValue is not LiveEvent e || !e.Type.StartsWith(prefix, StringComparison.Ordinal) || e.RecordType != spec.TypeName)
        {
            return OneEvent.None;
        }

        var where = ctx.GetArgument<Dictionary<string, object?>?>("where");
        if (e.Action == "DELETED")
        {
            var seesAll = sendsDeletions && AccessGrant.Of(ctx) is { AllOwners: true };
            return seesAll && (where is null || where.Count == 0) ? new OneEvent(new LiveChange(e, null)) : OneEvent.None;
        }

        await using var db = ctx.Db<TContext>();
        var id = e.RecordId;
        var query = spec.ApplyWhere(set(db, ctx).Where(r => r.Id == id), where);
        var record = load is null ? await query.FirstOrDefaultAsync(ctx.CancellationToken) : await load(db, query, ctx.CancellationToken);
        return record is null ? OneEvent.None : new OneEvent(new LiveChange(e, record));
    }

    /// <summary>The stream of one run: the change, or nothing.</summary>
    private sealed class OneEvent(LiveChange? change) : IObservable<LiveChange?>
    {
        public static readonly OneEvent None = new(null);

        public IDisposable Subscribe(IObserver<LiveChange?> observer)
        {
            if (change is not null)
            {
                observer.OnNext(change);
            }

            observer.OnCompleted();
            return Disposed.Instance;
        }
    }

    private sealed class Disposed : IDisposable
    {
        public static readonly Disposed Instance = new();

        public void Dispose()
        {
        }
    }

    private static ObjectGraphType PayloadType(ISchemaSlice slice, string typeName, string recordField)
    {
        var action = slice.Shared("ChangeAction", () =>
        {
            var type = new EnumerationGraphType { Name = "ChangeAction", Description = "What a committed change did to a record." };
            type.Add("CREATED", "CREATED", "The record was created.");
            type.Add("UPDATED", "UPDATED", "The record changed (archived, moved to another stage, paid ... included).");
            type.Add("DELETED", "DELETED", "The record was deleted; only its id is left.");
            return type;
        });
        var type = new ObjectGraphType { Name = typeName + "Change", Description = $"A committed change to one {typeName}, as a subscription sends it." };
        type.AddField(Fields.Read("action", new NonNullGraphType(action), s => ((LiveChange)s).Event.Action, "What the change did."));
        type.AddField(Fields.Read("event", new NonNullGraphType(new StringGraphType()), s => ((LiveChange)s).Event.Type,
            "The event type, as webhooks name it (e.g. opportunity.won)."));
        type.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(typeName, ((LiveChange)s).Event.RecordId),
            "The record's global id."));
        type.AddField(Fields.Read("sequence", new NonNullGraphType(new LongGraphType()), s => ((LiveChange)s).Event.Sequence,
            "The tenant's event number (the one webhooks carry): later changes have higher numbers."));
        type.AddField(Fields.Read("occurredAt", new NonNullGraphType(new DateTimeOffsetGraphType()), s => ((LiveChange)s).Event.OccurredAt,
            "When the change happened."));
        type.AddField(Fields.Read(recordField, new GraphQLTypeReference(typeName), s => ((LiveChange)s).Record,
            $"The {typeName} as you may read it when the event is sent; null for a deletion."));
        return type;
    }
}
