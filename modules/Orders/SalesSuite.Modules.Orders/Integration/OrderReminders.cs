using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Integration;

/// <summary>Orders not progressing: confirmed but unpaid, or paid but not shipped, past the tenant's reminder days, as reminders for their owners.</summary>
internal sealed class OrderReminders(ModuleDbContextFactory<OrdersDbContext> contexts) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var (orders, settings) = await db.NotProgressingAsync(query.Now, cancellationToken);
        var rows = await orders.Select(o => new { o.Id, o.OwnerId, o.Number, o.Status, o.ConfirmedAt, o.PaidAt }).ToListAsync(cancellationToken);
        return rows.Select(o => o.Status == OrderStatus.Confirmed
                ? new ReminderCondition(ReminderKinds.Order, o.Id, "Order", o.OwnerId,
                    $"Order {o.Number} is confirmed but unpaid after {settings.UnpaidReminderDays} days",
                    o.ConfirmedAt!.Value.AddDays(settings.UnpaidReminderDays))
                : new ReminderCondition(ReminderKinds.Order, o.Id, "Order", o.OwnerId,
                    $"Order {o.Number} is paid but not shipped after {settings.UnshippedReminderDays} days",
                    o.PaidAt!.Value.AddDays(settings.UnshippedReminderDays)))
            .ToList();
    }
}
