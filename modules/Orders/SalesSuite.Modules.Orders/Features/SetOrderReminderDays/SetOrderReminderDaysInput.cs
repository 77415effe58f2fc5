namespace SalesSuite.Modules.Orders.Features.SetOrderReminderDays;

/// <summary>The days after which an unpaid or unshipped order is flagged; one left out stays as it is.</summary>
internal sealed record SetOrderReminderDaysInput
{
    public int? UnpaidDays { get; init; }

    public int? UnshippedDays { get; init; }
}
