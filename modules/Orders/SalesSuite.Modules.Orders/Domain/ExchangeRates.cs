using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Domain;

internal sealed class ExchangeRates(ModuleDbContextFactory<OrdersDbContext> contexts) : IExchangeRates
{
    public async Task<string> BaseCurrencyAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Currencies.Select(c => c.BaseCurrency).FirstOrDefaultAsync(cancellationToken) ?? "USD";
    }

    public async Task<decimal?> RateAsync(string currency, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var baseCurrency = await db.Currencies.Select(c => c.BaseCurrency).FirstOrDefaultAsync(cancellationToken) ?? "USD";
        if (currency == baseCurrency)
        {
            return 1m;
        }

        return await db.Rates.Where(r => r.Currency == currency && r.Date <= date).OrderByDescending(r => r.Date).Select(r => (decimal?)r.Rate).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<CurrencySettings> SetBaseCurrencyAsync(InputReader input, CancellationToken ct)
    {
        var currency = Code(input, "currency");
        await using var db = contexts.Create();
        var settings = await db.Currencies.AsTracking().FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new CurrencySettings();
            db.Currencies.Add(settings);
        }
        else if (settings.BaseCurrency != currency && await db.Orders.AnyAsync(o => o.RateToBase != null, ct))
        {
            throw InputReader.Invalid("currency", "cannot change once orders have been converted to the base currency.");
        }
        else
        {
            db.Touch(settings);
        }

        settings.BaseCurrency = currency;
        await db.SaveChangesAsync(ct);
        return settings;
    }

    public async Task<CurrencySettings> SetReminderDaysAsync(InputReader input, CancellationToken ct)
    {
        var unpaid = input.Value<int>("unpaidDays");
        var unshipped = input.Value<int>("unshippedDays");
        var validator = new Validator();
        if (unpaid is < 1 or > 365)
        {
            validator.Add("unpaidDays", "must be between 1 and 365.");
        }

        if (unshipped is < 1 or > 365)
        {
            validator.Add("unshippedDays", "must be between 1 and 365.");
        }

        validator.ThrowIfInvalid();
        await using var db = contexts.Create();
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

        settings.UnpaidReminderDays = unpaid ?? settings.UnpaidReminderDays;
        settings.UnshippedReminderDays = unshipped ?? settings.UnshippedReminderDays;
        await db.SaveChangesAsync(ct);
        return settings;
    }

    public async Task<ExchangeRate> SetRateAsync(InputReader input, CancellationToken ct)
    {
        var currency = Code(input, "currency");
        var date = input.Value<DateOnly>("date") ?? throw InputReader.Invalid("date", "is required.");
        var rate = input.Value<decimal>("rate") ?? 0m;
        if (rate <= 0 || rate > 1_000_000m)
        {
            throw InputReader.Invalid("rate", "must be more than 0 and at most 1,000,000.");
        }

        await using var db = contexts.Create();
        var existing = await db.Rates.AsTracking().FirstOrDefaultAsync(r => r.Currency == currency && r.Date == date, ct);
        if (existing is null)
        {
            existing = new ExchangeRate { Currency = currency, Date = date };
            db.Rates.Add(existing);
        }

        existing.Rate = decimal.Round(rate, 10);
        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static string Code(InputReader input, string field)
    {
        var value = input.String(field)?.ToUpperInvariant();
        if (value is null || value.Length != 3 || !value.All(char.IsAsciiLetterUpper))
        {
            throw new AppException(ErrorCodes.Validation, $"{field} must be a three-letter ISO 4217 code such as USD.", [new FieldError(field, "must be a three-letter ISO 4217 code.")]);
        }

        return value;
    }
}
