using Bogus;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;

namespace SalesSuite.Demo;

/// <summary>The demo's opportunities: 40 on its sample customers, spread over the default pipeline's stages, and the history's.</summary>
internal static class DemoOpportunities
{
    /// <summary>The default pipeline's positions: 1-4 open, 5 won, 6 lost.</summary>
    private static readonly int[] Positions = [1, 2, 3, 4, 5, 6];

    /// <summary>
    /// An opportunity on each customer, registered some days ago and entered today; converted at today's rate (a currency
    /// without a rate, or no Orders module, leaves it unconverted).
    /// </summary>
    public static async Task<List<OpportunityHistoryRecord>> SampleAsync(
        IReadOnlyList<(Guid Id, string OwnerId)> customers, DateTimeOffset now, IExchangeRates? rates, CancellationToken cancellationToken)
    {
        var faker = new Faker("en") { Random = new Randomizer(4242) };
        var baseCurrency = rates is null ? null : await rates.BaseCurrencyAsync(cancellationToken);
        var rateOf = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        string[] products = ["CRM rollout", "Support renewal", "Hardware refresh", "Training package", "Analytics add-on", "Integration project"];
        var records = new List<OpportunityHistoryRecord>();
        foreach (var (customerId, ownerId) in customers)
        {
            var position = faker.PickRandom(Positions);
            var created = now.AddDays(-faker.Random.Int(5, 200));
            var title = faker.PickRandom(products);
            var requirement = faker.Lorem.Sentence(10);
            var amount = faker.Random.Int(20, 500) * 100m;
            var currency = faker.Random.Bool(0.8f) ? "USD" : "EUR";
            var expectedClose = DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-30, 120)).UtcDateTime);
            var source = faker.PickRandom("Website", "Referral", "Trade show", "Partner");
            if (rates is not null && !rateOf.ContainsKey(currency))
            {
                rateOf[currency] = await rates.RateAsync(currency, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            }

            List<OpportunityStepRecord> steps = [new(1, created)];
            if (position >= 5)
            {
                // Closed some days after it was registered (never in the future).
                var closedAt = Min(created.AddDays(faker.Random.Int(3, 60)), now);
                steps.Add(new(position, closedAt, position == 5 ? "Best fit" : faker.PickRandom("Price", "Timing", "Chose a competitor")));
            }
            else if (position != 1)
            {
                steps.Add(new(position, created.AddDays(2)));
            }

            records.Add(new OpportunityHistoryRecord
            {
                Id = Guid.CreateVersion7(),
                CustomerId = customerId,
                OwnerId = ownerId,
                Title = title,
                Requirement = requirement,
                Amount = amount,
                Currency = currency,
                RateToBase = rateOf.GetValueOrDefault(currency),
                BaseCurrency = baseCurrency,
                ExpectedCloseDate = expectedClose,
                Source = source,
                Steps = steps,
                RecordedAt = now, // entered today, with the day it was registered
            });
        }

        return records;
    }

    /// <summary>The demo history's opportunities, each registered on its day (at the rate of that day) with its stage changes.</summary>
    public static List<OpportunityHistoryRecord> History(DemoHistory history, string baseCurrency)
    {
        var faker = new Faker("en") { Random = new Randomizer(20261103) };
        return [.. history.Opportunities.Select(planned => new OpportunityHistoryRecord
        {
            Id = planned.Id,
            CustomerId = planned.CustomerId,
            OwnerId = planned.OwnerId,
            Title = planned.Title,
            Requirement = faker.Lorem.Sentence(8),
            Amount = planned.Amount,
            Currency = planned.Currency,
            RateToBase = baseCurrency == "USD" ? history.RateOn(planned.Currency, DateOnly.FromDateTime(planned.CreatedAt.UtcDateTime)) : null,
            BaseCurrency = baseCurrency,
            ExpectedCloseDate = planned.ExpectedClose,
            Source = planned.Source,
            Steps = [.. planned.Steps.Select(s => new OpportunityStepRecord(s.Position, s.At, s.Position >= 5 ? planned.CloseReason : null))],
            RecordedAt = planned.CreatedAt,
        })];
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
