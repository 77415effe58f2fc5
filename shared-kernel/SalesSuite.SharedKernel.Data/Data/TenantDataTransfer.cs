using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Exports and imports one tenant's rows of a module context, driven by the EF Core model, so every module gets
/// backup and restore without writing any: every tenant-owned entity, every mapped property, owned types included.
/// </summary>
internal static class TenantDataTransfer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static async Task<JsonObject> ExportAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var result = new JsonObject();
        foreach (var entityType in EntityTypes(db))
        {
            var rows = new JsonArray();
            foreach (var entity in await Set(db, entityType).OrderBy(e => ((TenantEntity)e).Id).ToListAsync(cancellationToken))
            {
                rows.Add(Row(entityType, entity));
            }

            result[entityType.ClrType.Name] = rows;
        }

        return result;
    }

    /// <summary>The tenant's rows in each table a backup holds (every table, empty ones included).</summary>
    public static async Task<IReadOnlyList<TableRows>> CountAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var counts = new List<TableRows>();
        foreach (var entityType in EntityTypes(db))
        {
            counts.Add(new TableRows(entityType.ClrType.Name, await Set(db, entityType).LongCountAsync(cancellationToken),
                typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType)));
        }

        return counts;
    }

    /// <summary>
    /// Adds a backup part's rows to <paramref name="db"/> without saving them, so that every module's part is read
    /// before anything is written. A table this version does not have, or a row it cannot read, is refused.
    /// </summary>
    public static long Stage(ModuleDbContext db, string module, JsonObject data)
    {
        var entityTypes = EntityTypes(db).ToDictionary(e => e.ClrType.Name, StringComparer.Ordinal);
        foreach (var (table, rows) in data)
        {
            if (!entityTypes.ContainsKey(table) && rows is JsonArray { Count: > 0 } unknown)
            {
                throw new CommandRefusal(
                    $"the backup holds {TableRows.Count(unknown.Count)} of a table {table} of module {module}, which this version does not have: restore it " +
                    "with the SalesSuite version that wrote it");
            }
        }

        long count = 0;
        foreach (var entityType in entityTypes.Values)
        {
            if (data[entityType.ClrType.Name] is not JsonArray rows)
            {
                continue;
            }

            var number = 0;
            foreach (var row in rows)
            {
                number++;
                try
                {
                    db.Add(Entity(db, entityType, (JsonObject)row!));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The exception's message may quote the row: it goes to the debug log only, with the refusal.
                    throw new CommandRefusal(
                        $"row {number} of table {entityType.ClrType.Name} of module {module} does not fit this version's data: restore the backup with the " +
                        "SalesSuite version that wrote it",
                        inner: ex);
                }

                count++;
            }
        }

        db.Restoring = true;
        return count;
    }

    private static object Entity(ModuleDbContext db, IEntityType entityType, JsonObject row)
    {
        var entity = Activator.CreateInstance(entityType.ClrType, nonPublic: true)!;
        var entry = db.Entry(entity);
        foreach (var property in entityType.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            entry.Property(property.Name).CurrentValue = Read(row[property.Name], property.ClrType);
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var owned = entry.Reference(navigation.Name).CurrentValue ?? Activator.CreateInstance(navigation.ClrType, nonPublic: true)!;
            entry.Reference(navigation.Name).CurrentValue = owned;
            if (row[navigation.Name] is JsonObject ownedRow)
            {
                foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty()))
                {
                    property.PropertyInfo?.SetValue(owned, Read(ownedRow[property.Name], property.ClrType));
                }
            }
        }

        return entity;
    }

    private static IQueryable<object> Set(ModuleDbContext db, IEntityType entityType) =>
        (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;

    private static IEnumerable<IEntityType> EntityTypes(ModuleDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && typeof(TenantEntity).IsAssignableFrom(e.ClrType) && (e.ClrType != typeof(AuditRecord) || db is AuditDbContext))
            .OrderBy(e => e.ClrType.Name, StringComparer.Ordinal);

    private static JsonObject Row(IEntityType entityType, object entity)
    {
        var row = new JsonObject();
        foreach (var property in entityType.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            row[property.Name] = JsonSerializer.SerializeToNode(property.GetGetter().GetClrValue(entity), property.ClrType, Json);
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var owned = navigation.GetGetter().GetClrValue(entity);
            row[navigation.Name] = owned is null ? null : Row(navigation.TargetEntityType, owned);
        }

        return row;
    }

    private static object? Read(JsonNode? node, Type type) => node is null ? null : node.Deserialize(type, Json);
}
