using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Data;

/// <summary>The reads the Orders features share: an order to change, the products of new lines, orders with their lines, the tenant's settings.</summary>
internal static class OrderStore
{
    /// <summary>A visible order with its lines, tracked; NOT_FOUND otherwise, CONFLICT when <paramref name="version"/> is not its version.</summary>
    public static async Task<Order> LoadOrderAsync(this OrdersDbContext db, Guid id, long? version, CancellationToken ct, string? shownId = null)
    {
        var order = await db.Orders.AsTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw AppException.NotFound("Order", shownId ?? id.ToString("N"));
        db.ExpectVersion(order, version);
        return order;
    }

    /// <summary>The tenant's products of <paramref name="ids"/> (inactive ones too), by id.</summary>
    public static async Task<Dictionary<Guid, Product>> ProductsAsync(this OrdersDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);

    /// <summary>The tenant's settings to change: tracked and touched, or new (and added) when it has none yet.</summary>
    public static async Task<CurrencySettings> LoadSettingsToChangeAsync(this OrdersDbContext db, CancellationToken ct)
    {
        var settings = await db.Currencies.AsTracking().FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new CurrencySettings();
            db.Currencies.Add(settings);
        }
        else
        {
            db.Touch(settings);
        }

        return settings;
    }

    /// <summary>
    /// Many parents' orders with their lines in two plain queries: an Include would join every order to a lines subquery
    /// that re-checks each line's order for the record scope, which grows with orders × lines.
    /// </summary>
    public static async Task<List<Order>> WithLinesAsync(this OrdersDbContext db, IQueryable<Order> orders, CancellationToken ct)
    {
        var list = await orders.ToListAsync(ct);
        await db.AttachLinesAsync(list, ct);
        return list;
    }

    /// <summary>Loads the lines of <paramref name="orders"/> in one query and shows them on each order.</summary>
    public static async Task AttachLinesAsync(this OrdersDbContext db, IReadOnlyCollection<Order> orders, CancellationToken ct)
    {
        var ids = orders.Select(o => o.Id).ToList();
        var lines = (await db.Lines.Where(l => ids.Contains(l.OrderId)).ToListAsync(ct)).ToLookup(l => l.OrderId);
        foreach (var order in orders)
        {
            order.ShowLines(lines[order.Id]);
        }
    }

    /// <summary>The orders of <paramref name="db"/> (within its scope) that are not progressing at <paramref name="now"/>.</summary>
    public static async Task<(IQueryable<Order> Orders, CurrencySettings Settings)> NotProgressingAsync(
        this OrdersDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.Currencies.FirstOrDefaultAsync(ct) ?? new CurrencySettings();
        var unpaidSince = now.AddDays(-settings.UnpaidReminderDays);
        var unshippedSince = now.AddDays(-settings.UnshippedReminderDays);
        var orders = db.Orders.Where(o => (o.Status == OrderStatus.Confirmed && o.ConfirmedAt <= unpaidSince)
            || (o.Status == OrderStatus.Paid && o.PaidAt <= unshippedSince));
        return (orders, settings);
    }
}
