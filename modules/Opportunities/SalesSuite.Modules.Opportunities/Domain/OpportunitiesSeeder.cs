using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>Every tenant gets the default pipeline; demo also gets opportunities on its customers, spread over the stages.</summary>
/// <remarks>The Customers and Orders modules may be disabled: their services come as sequences, empty when the module is off.</remarks>
internal sealed class OpportunitiesSeeder(
    ModuleDbContextFactory<OpportunitiesDbContext> contexts, TimeProvider clock, IConfiguration configuration,
    IEnumerable<ICustomerDirectory> customerDirectories, IEnumerable<IExchangeRates> exchangeRates) : IModuleSeeder
{
    public static IReadOnlyList<PipelineStage> DefaultPipeline() =>
    [
        new() { Name = "Qualification", Position = 1, DefaultProbability = 10, Kind = StageKind.Open },
        new() { Name = "Needs analysis", Position = 2, DefaultProbability = 25, Kind = StageKind.Open },
        new() { Name = "Proposal", Position = 3, DefaultProbability = 50, Kind = StageKind.Open },
        new() { Name = "Negotiation", Position = 4, DefaultProbability = 75, Kind = StageKind.Open },
        new() { Name = "Won", Position = 5, DefaultProbability = 100, Kind = StageKind.Won },
        new() { Name = "Lost", Position = 6, DefaultProbability = 0, Kind = StageKind.Lost },
    ];

    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        if (await db.Stages.AnyAsync(cancellationToken))
        {
            return false;
        }

        var stages = DefaultPipeline();
        db.Stages.AddRange(stages);
        var history = tenant.Id == "demo" && DemoHistory.IsEnabled(configuration[DemoHistory.Setting]) ? DemoHistory.For(clock.GetUtcNow()) : null;
        if (tenant.Id == "demo" && customerDirectories.FirstOrDefault() is { } directory)
        {
            // The first 40 customers of the demo's base seed (not the history's, which are written with their own opportunities).
            var historyIds = history?.Customers.Select(c => c.Id).ToHashSet() ?? [];
            var customers = (await directory.FirstAsync(40 + historyIds.Count, cancellationToken))
                .Where(c => !historyIds.Contains(c.Id)).Take(40).Select(c => (c.Id, c.OwnerId)).ToList();
            var faker = new Faker("en") { Random = new Randomizer(4242) };
            var now = clock.GetUtcNow();
            var rates = exchangeRates.FirstOrDefault();
            var baseCurrency = rates is null ? null : await rates.BaseCurrencyAsync(cancellationToken);
            var rateOf = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            string[] products = ["CRM rollout", "Support renewal", "Hardware refresh", "Training package", "Analytics add-on", "Integration project"];
            foreach (var (customerId, ownerId) in customers)
            {
                var stage = faker.PickRandom(stages.ToArray());
                var created = now.AddDays(-faker.Random.Int(5, 200));
                var details = new OpportunityDetails
                {
                    Title = faker.PickRandom(products),
                    Requirement = new(faker.Lorem.Sentence(10)),
                    Amount = faker.Random.Int(20, 500) * 100m,
                    Currency = faker.Random.Bool(0.8f) ? "USD" : "EUR",
                    ExpectedCloseDate = new(DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-30, 120)).UtcDateTime)),
                    Source = new(faker.PickRandom("Website", "Referral", "Trade show", "Partner")),
                };
                var opportunity = Opportunity.Register(customerId, stages[0], details, created);
                if (rates is not null && !rateOf.ContainsKey(opportunity.Currency))
                {
                    rateOf[opportunity.Currency] = await rates.RateAsync(opportunity.Currency, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
                }

                // The registration day is today (the row is stamped now); a demo currency without a rate stays unconverted (null).
                opportunity.ConvertAt(rateOf.GetValueOrDefault(opportunity.Currency), baseCurrency);
                var (entered, assigned) = opportunity.Open(ownerId, ownerId, "created");
                db.Opportunities.Add(opportunity);
                db.StageChanges.Add(entered);
                db.Assignments.Add(assigned);
                if (stage.Kind != StageKind.Open)
                {
                    // Closed some days after it was registered (never in the future).
                    var closedAt = Min(created.AddDays(faker.Random.Int(3, 60)), now);
                    db.StageChanges.Add(opportunity.MoveTo(stage, ownerId, closedAt, stage.Kind == StageKind.Won ? "Best fit" : faker.PickRandom("Price", "Timing", "Chose a competitor")));
                }
                else if (stage != stages[0])
                {
                    db.StageChanges.Add(opportunity.MoveTo(stage, ownerId, created.AddDays(2)));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (history is not null)
        {
            var baseCurrency = exchangeRates.FirstOrDefault() is { } rates ? await rates.BaseCurrencyAsync(cancellationToken) : "USD";
            await DemoHistory.SaveDatedAsync(contexts, History(history, stages, baseCurrency), cancellationToken);
        }

        return true;
    }

    /// <summary>The demo history's opportunities, each registered on its day (at the rate of that day) with its stage changes.</summary>
    private static IEnumerable<(DateTimeOffset, Action<OpportunitiesDbContext>)> History(DemoHistory history, IReadOnlyList<PipelineStage> stages, string baseCurrency)
    {
        var faker = new Faker("en") { Random = new Randomizer(20261103) };
        foreach (var planned in history.Opportunities)
        {
            var first = stages.Single(s => s.Position == planned.Steps[0].Position);
            var opportunity = DemoHistory.WithId(Opportunity.Register(planned.CustomerId, first, new OpportunityDetails
            {
                Title = planned.Title,
                Requirement = new(faker.Lorem.Sentence(8)),
                Amount = planned.Amount,
                Currency = planned.Currency,
                ExpectedCloseDate = new(planned.ExpectedClose),
                Source = new(planned.Source),
            }, planned.Steps[0].At), planned.Id);
            opportunity.ConvertAt(baseCurrency == "USD" ? history.RateOn(planned.Currency, DateOnly.FromDateTime(planned.CreatedAt.UtcDateTime)) : null, baseCurrency);
            var (entered, assigned) = opportunity.Open(planned.OwnerId, planned.OwnerId, "created");
            List<StageChange> changes = [entered];
            foreach (var step in planned.Steps.Skip(1))
            {
                var stage = stages.Single(s => s.Position == step.Position);
                changes.Add(opportunity.MoveTo(stage, planned.OwnerId, step.At, stage.Kind == StageKind.Open ? null : planned.CloseReason));
            }

            yield return (planned.CreatedAt, db =>
            {
                db.Opportunities.Add(opportunity);
                db.Assignments.Add(assigned);
                db.StageChanges.AddRange(changes);
            });
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
