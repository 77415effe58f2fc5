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
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            foreach (var entity in await set.OrderBy(e => ((TenantEntity)e).Id).ToListAsync(cancellationToken))
            {
                rows.Add(Row(entityType, entity));
            }

            result[entityType.ClrType.Name] = rows;
        }

        return result;
    }

    public static async Task<int> ImportAsync(ModuleDbContext db, JsonObject data, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var entityType in EntityTypes(db))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            if (await set.AnyAsync(cancellationToken))
            {
                throw new AppException(ErrorCodes.Conflict, $"The tenant already has {entityType.ClrType.Name} rows: restore only into an empty tenant or database.");
            }

            if (data[entityType.ClrType.Name] is not JsonArray rows)
            {
                continue;
            }

            foreach (var row in rows.OfType<JsonObject>())
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

                db.Add(entity);
                count++;
            }
        }

        db.Restoring = true;
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

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
