using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Base of every module's DbContext. It supplies what a module must not be able to forget: the tenant query filter
/// on every tenant-owned entity, TenantId stamping on insert, the module's own schema (a table prefix on SQLite),
/// optimistic concurrency and UTC timestamps.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>The name of the tenant query filter (EF Core named filters), for diagnostics.</summary>
    public const string TenantFilterName = "Tenant";

    /// <summary>The name of the record-scope filter on <see cref="IOwnedRecord"/> entities.</summary>
    public const string AccessFilterName = "Access";

    private ITenantContext? _tenant;
    private TimeProvider _clock = TimeProvider.System;

    /// <summary>
    /// For a context that <see cref="ModuleDbContextFactory{TContext}"/> pools (a module context's only constructor takes its
    /// options): the factory gives each use its tenant, clock and grant, so one instance serves many requests in turn.
    /// </summary>
    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>For a context that takes more services than its options: the factory creates one for each use (no pooling).</summary>
    protected ModuleDbContext(DbContextOptions options, ITenantContext tenant, TimeProvider clock)
        : base(options)
    {
        _tenant = tenant;
        _clock = clock;
    }

    /// <summary>The module's database schema, from its <see cref="ModuleSchemaAttribute"/>, e.g. <c>customers</c>.</summary>
    public string SchemaName => ModuleSchemaNames.Get(GetType());

    public DatabaseProvider Provider => DatabaseProviders.FromEfProviderName(Database.ProviderName);

    /// <summary>Read by the query filter on every query, so each context instance filters by its own scope's tenant.</summary>
    internal string CurrentTenantId =>
        (_tenant ?? throw new InvalidOperationException($"{GetType().Name} has no tenant: create it with its ModuleDbContextFactory.")).Tenant.Id;

    /// <summary>The grant whose record scope this context applies; set by the factory. Without one, no owned record is visible.</summary>
    internal AccessGrant Access { get; set; } = new([], allOwners: false, []);

    /// <summary>Whether events were published since the last save (the save then wakes the dispatcher, <see cref="OutboxSignal"/>).</summary>
    private bool _published;

    /// <summary>Whether a save in the transaction that just committed wrote events; clears the mark.</summary>
    internal bool TakePublished()
    {
        var published = _published;
        _published = false;
        return published;
    }

    /// <summary>Restoring a backup: rows keep their recorded versions and timestamps.</summary>
    internal bool Restoring { get; set; }

    /// <summary>Who acts and why; changes are written to the audit log while it names an operation.</summary>
    internal IAuditContext? AuditContext { get; set; }

    internal bool AccessAllOwners => Access.AllOwners;

    /// <summary>
    /// Starts one use of the context (a new one, or one back from the pool): every per-use value is set here, none is
    /// left from the previous use.
    /// </summary>
    internal void Lease(ITenantContext tenant, TimeProvider clock, AccessGrant access, IAuditContext? auditContext)
    {
        _tenant = tenant;
        _clock = clock;
        Access = access;
        AuditContext = auditContext;
        Restoring = false;
        _published = false;
    }

    internal List<string> AccessOwnerIds => (List<string>)Access.OwnerIds;

    protected internal DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Makes the next save fail with CONFLICT unless the stored version still equals <paramref name="expectedVersion"/>.</summary>
    public void ExpectVersion<TAggregate>(TAggregate aggregate, long? expectedVersion) where TAggregate : AggregateRoot
    {
        if (expectedVersion is { } expected)
        {
            Entry(aggregate).Property(a => a.Version).OriginalValue = expected;
        }
    }

    /// <summary>
    /// Lets this context also save records owned by <paramref name="ownerId"/>, outside the user's record scope: only for an owner the
    /// tenant's assignment rules chose for a record the user creates, never for one the user named.
    /// </summary>
    public void AllowOwner(string ownerId)
    {
        if (!Access.CanOwn(ownerId))
        {
            Access = new AccessGrant(Access.Permissions, Access.AllOwners, Access.OwnerIds.Append(ownerId), Access.DeniedFields, Access.Scope);
        }
    }

    /// <summary>Marks an aggregate as changed when only its children changed, so that its version moves on.</summary>
    public void Touch(AggregateRoot aggregate)
    {
        var entry = Entry(aggregate);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        var provider = Provider;
        if (provider != DatabaseProvider.Sqlite)
        {
            modelBuilder.HasDefaultSchema(SchemaName);
        }

        // Lists of strings (tags, roles, permissions) are compared and copied by plain code: EF Core's own comparer for a primitive
        // collection builds a delegate on every call, which made saving 10,000 imported customers spend a tenth of its time there.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.ClrType == typeof(List<string>)).ToList())
        {
            property.SetValueComparer(StringListComparer.Instance);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            var builder = modelBuilder.Entity(entityType.ClrType);
            if (provider == DatabaseProvider.Sqlite)
            {
                builder.ToTable(SchemaName + "_" + entityType.GetTableName());
            }

            if (typeof(TenantEntity).IsAssignableFrom(entityType.ClrType))
            {
                // Ids are made in code (sortable v7 GUIDs), so a new child reached through a navigation is an insert.
                builder.Property(nameof(TenantEntity.Id)).ValueGeneratedNever();
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Property(nameof(ITenantOwned.TenantId)).HasMaxLength(64).IsRequired();
                builder.HasQueryFilter(TenantFilterName, BuildTenantFilter(entityType.ClrType));
                var uniques = entityType.GetIndexes().Where(i => i.IsUnique).Select(i => i.Properties)
                    .Concat(entityType.GetKeys().Where(k => !k.IsPrimaryKey()).Select(k => k.Properties));
                foreach (var properties in uniques)
                {
                    if (properties.All(p => p.Name != nameof(ITenantOwned.TenantId)))
                    {
                        throw new InvalidOperationException(
                            $"Unique index or alternate key on {entityType.ClrType.Name}({string.Join(", ", properties.Select(p => p.Name))}) must include " +
                            "TenantId: " +
                            "otherwise a unique violation reveals another tenant's data.");
                    }
                }
            }

            if (typeof(IOwnedRecord).IsAssignableFrom(entityType.ClrType))
            {
                builder.HasQueryFilter(AccessFilterName, BuildAccessFilter(entityType.ClrType));
            }

            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }

        ConfigureAudit(modelBuilder, provider);
        if (this is not AuditDbContext)
        {
            ConfigureMessaging(modelBuilder, provider);
        }
    }

    /// <summary>Publishes an integration event: it is written to this module's outbox in the same transaction as the change.</summary>
    public void Publish(IIntegrationEvent integrationEvent)
    {
        var message = new OutboxMessage
        {
            EventType = integrationEvent.GetType().FullName!,
            Payload = System.Text.Json.JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType()),
            OccurredAt = _clock.GetUtcNow(),
        };
        message.AssignId(Guid.CreateVersion7());
        message.TenantId = CurrentTenantId;
        Set<OutboxMessage>().Add(message);
        _published = true;
    }

    /// <summary>Every module context has its own outbox and inbox tables, in its own schema.</summary>
    private void ConfigureMessaging(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<OutboxMessage>(o =>
        {
            o.ToTable(provider == DatabaseProvider.Sqlite ? SchemaName + "_Outbox" : "Outbox");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.TenantId).HasMaxLength(64).IsRequired();
            o.Property(x => x.EventType).HasMaxLength(200).IsRequired();
            o.Property(x => x.LastError).HasMaxLength(2000);
            o.HasIndex(x => new { x.TenantId, x.ProcessedAt, x.OccurredAt });
            o.HasQueryFilter(TenantFilterName, x => x.TenantId == CurrentTenantId);
        });
        modelBuilder.Entity<InboxMessage>(i =>
        {
            i.ToTable(provider == DatabaseProvider.Sqlite ? SchemaName + "_Inbox" : "Inbox");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.TenantId).HasMaxLength(64).IsRequired();
            i.Property(x => x.Handler).HasMaxLength(200).IsRequired();
            i.HasIndex(x => new { x.TenantId, x.MessageId, x.Handler }).IsUnique();
            i.HasQueryFilter(TenantFilterName, x => x.TenantId == CurrentTenantId);
        });
    }

    /// <summary>Every module context maps the one audit table; only <see cref="AuditDbContext"/> migrates it.</summary>
    private void ConfigureAudit(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<AuditRecord>(a =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                a.ToTable("audit_AuditLog", t => t.ExcludeFromMigrations(this is not AuditDbContext));
            }
            else
            {
                a.ToTable("AuditLog", "audit", t => t.ExcludeFromMigrations(this is not AuditDbContext));
            }

            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.TenantId).HasMaxLength(64).IsRequired();
            a.Property(x => x.ActorId).HasMaxLength(64).IsRequired();
            a.Property(x => x.Operation).HasMaxLength(100).IsRequired();
            a.Property(x => x.Module).HasMaxLength(64).IsRequired();
            a.Property(x => x.EntityType).HasMaxLength(100).IsRequired();
            a.Property(x => x.EntityId).HasMaxLength(64).IsRequired();
            a.Property(x => x.Action).HasMaxLength(16).IsRequired();
            a.Property(x => x.RequestId).HasMaxLength(100);
            a.Property(x => x.ClientAddress).HasMaxLength(64);
            a.Property(x => x.PreviousHash).HasMaxLength(64).IsRequired();
            a.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            a.HasIndex(x => new { x.TenantId, x.Sequence }).IsUnique();
            a.HasIndex(x => new { x.TenantId, x.EntityType, x.EntityId });
            a.HasIndex(x => new { x.TenantId, x.At });
            a.HasQueryFilter(TenantFilterName, x => x.TenantId == CurrentTenantId);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // SQLite has no DateTimeOffset type: store UTC ticks, which keeps comparisons and ORDER BY in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Detecting changes compares every tracked value with its snapshot. Run it twice per save, before the stamps and the
        // module's hook and after them (they set properties directly), rather than once for each pass over the tracked entries
        // (the stamps, the hook, the audit and EF Core's own save): for an import's 1,000-customer batches that was most of the CPU.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, autoDetect, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, bool detect, CancellationToken cancellationToken)
    {
        StampChanges();
        if (!Restoring)
        {
            await OnSavingAsync(cancellationToken);
        }

        if (detect)
        {
            ChangeTracker.DetectChanges();
        }

        try
        {
            var audit = AuditContext?.Operation is null ? [] : AuditTrail.Collect(this, AuditContext, _clock.GetUtcNow());
            var saved = audit.Count == 0
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : await SaveWithAuditAsync(audit, acceptAllChangesOnSuccess, cancellationToken);
            // Inside a caller's transaction the events are not visible yet: OutboxCommitSignal signals when it commits.
            if (_published && Database.CurrentTransaction is null)
            {
                _published = false;
                OutboxSignal.Signal(CurrentTenantId, GetType());
            }

            return saved;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var name = ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name ?? "record";
            throw new StaleRecordException(name, ex);
        }
    }

    /// <summary>
    /// Appends the entries to the tenant's chain in the change's own transaction, under the tenant's chain lock
    /// (<see cref="AuditChainLock"/>), so concurrent writers in any process queue instead of colliding. Should two
    /// writers still take the same sequence number, the unique index refuses one, which re-reads the head and tries again.
    /// </summary>
    internal async Task<int> SaveWithAuditAsync(List<AuditRecord> audit, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        // Inside a caller's transaction the chain is appended there, and a clash fails the caller's unit of work as a whole.
        var outer = Database.CurrentTransaction;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = outer is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await AuditChainLock.AcquireAsync(this, CurrentTenantId, cancellationToken);
            var last = await Set<AuditRecord>().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            AuditTrail.Chain(audit, last?.Sequence ?? 0, last?.Hash ?? string.Empty);
            Set<AuditRecord>().AddRange(audit);
            try
            {
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return written;
            }
            catch (Exception ex) when (
                transaction is not null && ex is not DbUpdateConcurrencyException && attempt < 10 && DataErrors.IsUniqueViolationOf(ex, "AuditLog"))
            {
                await transaction.RollbackAsync(cancellationToken);
                foreach (var record in audit)
                {
                    Entry(record).State = EntityState.Detached;
                }
            }
        }
    }

    /// <summary>Called for every new aggregate as it is stamped, for values derived from its creation time (not when restoring a backup).</summary>
    protected virtual void OnCreating(AggregateRoot aggregate, DateTimeOffset now)
    {
    }

    /// <summary>
    /// Called on every save after the changes are stamped (versions, times), except when restoring a backup: a module publishes
    /// the integration events that follow from its changed rows here, whichever command changed them, in the same transaction.
    /// </summary>
    protected virtual Task OnSavingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether a tracked entity is new, removed, or has one of the given properties at another value than it was read with.</summary>
    public static bool Changed(EntityEntry entry, params string[] properties) =>
        entry.State is EntityState.Added or EntityState.Deleted
        || (entry.State == EntityState.Modified && properties.Any(p => !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue)));

    private void StampChanges()
    {
        var tenantId = CurrentTenantId;
        var now = _clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned)
            {
                StampTenant(entry, tenantId);
            }

            if (entry.Entity is IOwnedRecord owned && entry.State is EntityState.Added or EntityState.Modified && !Access.CanOwn(owned.OwnerId))
            {
                throw new AppException(ErrorCodes.Forbidden, $"You cannot give records to '{owned.OwnerId}': that owner is outside your scope.",
                    [new FieldError("ownerId", "is outside your scope.")]);
            }

            if (entry.Entity is AggregateRoot aggregate && !Restoring)
            {
                var version = entry.Property(nameof(AggregateRoot.Version));
                if (entry.State == EntityState.Added)
                {
                    aggregate.CreatedAt = now;
                    aggregate.UpdatedAt = now;
                    aggregate.Version = 1;
                    OnCreating(aggregate, now);
                }
                else if (entry.State == EntityState.Modified)
                {
                    aggregate.UpdatedAt = now;
                    aggregate.Version = (long)version.OriginalValue! + 1;
                }
            }
        }
    }

    private static void StampTenant(EntityEntry entry, string tenantId)
    {
        var property = entry.Property(nameof(ITenantOwned.TenantId));
        switch (entry.State)
        {
            case EntityState.Added:
                property.CurrentValue = tenantId;
                break;
            case EntityState.Modified or EntityState.Deleted
                when !string.Equals((string?)property.OriginalValue, tenantId, StringComparison.Ordinal)
                     || !string.Equals((string?)property.CurrentValue, tenantId, StringComparison.Ordinal):
                throw new InvalidOperationException("A change to another tenant's row was refused.");
        }
    }

    private LambdaExpression BuildAccessFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var self = Expression.Constant(this);
        var contains = typeof(List<string>).GetMethod(nameof(List<string>.Contains), [typeof(string)])!;
        var body = Expression.OrElse(
            Expression.Property(self, nameof(AccessAllOwners)),
            Expression.Call(Expression.Property(self, nameof(AccessOwnerIds)), contains, Expression.Property(entity, nameof(IOwnedRecord.OwnerId))));
        return Expression.Lambda(body, entity);
    }

    private LambdaExpression BuildTenantFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var body = Expression.Equal(
            Expression.Property(entity, nameof(ITenantOwned.TenantId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
        return Expression.Lambda(body, entity);
    }
}
