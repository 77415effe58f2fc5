using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>The tenant's base currency and order reminder days (one row per tenant).</summary>
internal sealed class CurrencySettings : AggregateRoot
{
    public const int MaxReminderDays = 365;

    /// <summary>The defaults (USD, 14 and 7 days), for EF Core and a tenant that has set nothing yet.</summary>
    public CurrencySettings()
    {
    }

    public string Key { get; private set; } = "default";

    public string BaseCurrency { get; private set; } = "USD";

    /// <summary>Remind the owner when a confirmed order is still unpaid this many days later.</summary>
    public int UnpaidReminderDays { get; private set; } = 14;

    /// <summary>Remind the owner when a paid order is still not fully shipped this many days later.</summary>
    public int UnshippedReminderDays { get; private set; } = 7;

    /// <summary>
    /// Sets the base currency; refused (false) when it would change once orders have been converted to the current one,
    /// which <paramref name="ordersConverted"/> tells.
    /// </summary>
    public bool ChangeBaseCurrency(string currency, bool ordersConverted)
    {
        if (!CurrencyCode.IsValid(currency))
        {
            throw new ArgumentException("A base currency is a three-letter ISO 4217 code.", nameof(currency));
        }

        if (currency != BaseCurrency && ordersConverted)
        {
            return false;
        }

        BaseCurrency = currency;
        return true;
    }

    /// <summary>Sets the days given (from 1 to <see cref="MaxReminderDays"/>); a null keeps the current one.</summary>
    public void ChangeReminderDays(int? unpaidDays, int? unshippedDays)
    {
        if (unpaidDays is < 1 or > MaxReminderDays || unshippedDays is < 1 or > MaxReminderDays)
        {
            throw new ArgumentOutOfRangeException(nameof(unpaidDays), "Reminder days are from 1 to 365.");
        }

        UnpaidReminderDays = unpaidDays ?? UnpaidReminderDays;
        UnshippedReminderDays = unshippedDays ?? UnshippedReminderDays;
    }
}
