namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Writes records that happened before they reach the module (an import from another system, the demo's history) with the
/// dates they had there, for a module's own import code.
/// </summary>
public static class DatedImport
{
    /// <summary>Gives a new entity the id its source chose for it (other records of the import refer to it).</summary>
    public static T WithId<T>(T entity, Guid id)
        where T : TenantEntity
    {
        entity.Id = id;
        return entity;
    }

    /// <summary>
    /// Saves <paramref name="items"/> in date order, one save per day, each stamped (created, updated) with its day's first
    /// instant, so rows look as if entered on their day; in one transaction, as the system (no user scope, no audit entry).
    /// </summary>
    public static async Task SaveAsync<TContext>(
        ModuleDbContextFactory<TContext> contexts, IEnumerable<(DateTimeOffset At, Action<TContext> Add)> items, CancellationToken cancellationToken)
        where TContext : ModuleDbContext
    {
        var clock = new StampClock();
        await using var db = contexts.CreateForSeeding(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken); // one commit: fast, and all or nothing
        foreach (var day in items.GroupBy(i => i.At.UtcDateTime.Date).OrderBy(g => g.Key))
        {
            clock.Now = day.Min(i => i.At);
            foreach (var item in day)
            {
                item.Add(db);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class StampClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
