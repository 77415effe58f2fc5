using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>Base-currency units per unit of <see cref="Currency"/>, valid from <see cref="Date"/>.</summary>
internal sealed class ExchangeRate : TenantEntity
{
    public const decimal MaxRate = 1_000_000m;

    /// <summary>For EF Core.</summary>
    private ExchangeRate()
    {
    }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public decimal Rate { get; private set; }

    public static ExchangeRate Of(string currency, DateOnly date, decimal rate)
    {
        var exchangeRate = new ExchangeRate { Currency = currency, Date = date };
        exchangeRate.Change(rate);
        return exchangeRate;
    }

    /// <summary>A rate is more than 0 and at most <see cref="MaxRate"/>, kept to 10 decimals.</summary>
    public void Change(decimal rate)
    {
        if (rate is <= 0 or > MaxRate)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate is more than 0 and at most 1,000,000.");
        }

        Rate = decimal.Round(rate, 10);
    }
}
