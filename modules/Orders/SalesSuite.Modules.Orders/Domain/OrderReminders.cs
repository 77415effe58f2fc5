using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>Orders not progressing: confirmed but unpaid, or paid but not shipped, past the tenant's reminder days, as reminders for their owners.</summary>
internal sealed class OrderReminders(ModuleDbContextFactory<OrdersDbContext> contexts) : IReminderSource
{
    /// <summary>The orders of <paramref name="db"/> (within its scope) that are not progressing at <paramref name="now"/>.</summary>
    public static async Task<(IQueryable<Order> Orders, CurrencySettings Settings)> NotProgressingAsync(OrdersDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.Currencies.FirstOrDefaultAsync(ct) ?? new CurrencySettings();
        var unpaidSince = now.AddDays(-settings.UnpaidReminderDays);
        var unshippedSince = now.AddDays(-settings.UnshippedReminderDays);
        return (db.Orders.Where(o => (o.Status == OrderStatus.Confirmed && o.ConfirmedAt <= unpaidSince) || (o.Status == OrderStatus.Paid && o.PaidAt <= unshippedSince)), settings);
    }

    public async Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var (orders, settings) = await NotProgressingAsync(db, query.Now, cancellationToken);
        var rows = await orders.Select(o => new { o.Id, o.OwnerId, o.Number, o.Status, o.ConfirmedAt, o.PaidAt }).ToListAsync(cancellationToken);
        return rows.Select(o => o.Status == OrderStatus.Confirmed
                ? new ReminderCondition(ReminderKinds.Order, o.Id, "Order", o.OwnerId, $"Order {o.Number} is confirmed but unpaid after {settings.UnpaidReminderDays} days", o.ConfirmedAt!.Value.AddDays(settings.UnpaidReminderDays))
                : new ReminderCondition(ReminderKinds.Order, o.Id, "Order", o.OwnerId, $"Order {o.Number} is paid but not shipped after {settings.UnshippedReminderDays} days", o.PaidAt!.Value.AddDays(settings.UnshippedReminderDays)))
            .ToList();
    }
}
