using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Features.SetOrderReminderDays;

/// <summary>Sets after how many days an unpaid or unshipped order is flagged (ordersNeedingAttention, reminders).</summary>
internal sealed class SetOrderReminderDaysHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<CurrencySettings> HandleAsync(SetOrderReminderDaysInput input, CancellationToken ct)
    {
        SetOrderReminderDaysValidator.Check(input);
        await using var db = contexts.Create();
        var settings = await db.LoadSettingsToChangeAsync(ct);
        settings.ChangeReminderDays(input.UnpaidDays, input.UnshippedDays);
        await db.SaveChangesAsync(ct);
        return settings;
    }
}
