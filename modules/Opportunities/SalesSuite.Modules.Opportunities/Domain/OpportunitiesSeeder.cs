using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>Every tenant gets the default pipeline; demo also gets opportunities on its customers, spread over the stages.</summary>
internal sealed class OpportunitiesSeeder(ModuleDbContextFactory<OpportunitiesDbContext> contexts, TimeProvider clock, IServiceProvider services, IConfiguration configuration) : IModuleSeeder
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
        if (tenant.Id == "demo" && services.GetService<ICustomerDirectory>() is { } directory)
        {
            // The first 40 customers of the demo's base seed (not the history's, which are written with their own opportunities).
            var historyIds = history?.Customers.Select(c => c.Id).ToHashSet() ?? [];
            var customers = (await directory.FirstAsync(40 + historyIds.Count, cancellationToken))
                .Where(c => !historyIds.Contains(c.Id)).Take(40).Select(c => (c.Id, c.OwnerId)).ToList();
            var faker = new Faker("en") { Random = new Randomizer(4242) };
            var now = clock.GetUtcNow();
            var rates = services.GetService<IExchangeRates>();
            var baseCurrency = rates is null ? null : await rates.BaseCurrencyAsync(cancellationToken);
            var rateOf = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            string[] products = ["CRM rollout", "Support renewal", "Hardware refresh", "Training package", "Analytics add-on", "Integration project"];
            foreach (var (customerId, ownerId) in customers)
            {
                var stage = faker.PickRandom(stages.ToArray());
                var created = now.AddDays(-faker.Random.Int(5, 200));
                var opportunity = new Opportunity
                {
                    CustomerId = customerId,
                    OwnerId = ownerId,
                    Title = faker.PickRandom(products),
                    Requirement = faker.Lorem.Sentence(10),
                    Amount = faker.Random.Int(20, 500) * 100m,
                    Currency = faker.Random.Bool(0.8f) ? "USD" : "EUR",
                    ExpectedCloseDate = DateOnly.FromDateTime(now.AddDays(faker.Random.Int(-30, 120)).UtcDateTime),
                    StageId = stage.Id,
                    StageEnteredAt = created.AddDays(2),
                    Probability = stage.DefaultProbability,
                    Source = faker.PickRandom("Website", "Referral", "Trade show", "Partner"),
                    Status = stage.Kind switch { StageKind.Won => OpportunityStatus.Won, StageKind.Lost => OpportunityStatus.Lost, _ => OpportunityStatus.Open },
                };
                if (rates is not null && !rateOf.ContainsKey(opportunity.Currency))
                {
                    rateOf[opportunity.Currency] = await rates.RateAsync(opportunity.Currency, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
                }

                // The registration day is today (the row is stamped now); a demo currency without a rate stays unconverted (null).
                opportunity.ConvertAt(rateOf.GetValueOrDefault(opportunity.Currency), baseCurrency);
                if (opportunity.Status != OpportunityStatus.Open)
                {
                    opportunity.ClosedAt = Min(created.AddDays(faker.Random.Int(3, 60)), now); // never in the future
                    opportunity.CloseReason = opportunity.Status == OpportunityStatus.Won ? "Best fit" : faker.PickRandom("Price", "Timing", "Chose a competitor");
                }

                db.Opportunities.Add(opportunity);
                db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, ToStageId = stages[0].Id, At = created, ActorId = ownerId });
                if (stage != stages[0])
                {
                    db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, FromStageId = stages[0].Id, ToStageId = stage.Id, At = created.AddDays(2), ActorId = ownerId });
                }

                db.Assignments.Add(new Assignment { OpportunityId = opportunity.Id, ToOwnerId = ownerId, At = created, ActorId = ownerId, Reason = "created" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (history is not null)
        {
            var baseCurrency = services.GetService<IExchangeRates>() is { } rates ? await rates.BaseCurrencyAsync(cancellationToken) : "USD";
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
            var stage = stages.Single(s => s.Position == planned.Steps[^1].Position);
            var opportunity = DemoHistory.WithId(new Opportunity
            {
                CustomerId = planned.CustomerId,
                OwnerId = planned.OwnerId,
                Title = planned.Title,
                Requirement = faker.Lorem.Sentence(8),
                Amount = planned.Amount,
                Currency = planned.Currency,
                ExpectedCloseDate = planned.ExpectedClose,
                StageId = stage.Id,
                StageEnteredAt = planned.Steps[^1].At,
                Probability = stage.DefaultProbability,
                Source = planned.Source,
                Status = planned.Won switch { true => OpportunityStatus.Won, false => OpportunityStatus.Lost, null => OpportunityStatus.Open },
                ClosedAt = planned.ClosedAt,
                CloseReason = planned.CloseReason,
            }, planned.Id);
            opportunity.ConvertAt(baseCurrency == "USD" ? history.RateOn(planned.Currency, DateOnly.FromDateTime(planned.CreatedAt.UtcDateTime)) : null, baseCurrency);
            yield return (planned.CreatedAt, db =>
            {
                db.Opportunities.Add(opportunity);
                db.Assignments.Add(new Assignment { OpportunityId = opportunity.Id, ToOwnerId = planned.OwnerId, At = planned.CreatedAt, ActorId = planned.OwnerId, Reason = "created" });
                Guid? from = null;
                foreach (var step in planned.Steps)
                {
                    var to = stages.Single(s => s.Position == step.Position).Id;
                    db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, FromStageId = from, ToStageId = to, At = step.At, ActorId = planned.OwnerId });
                    from = to;
                }
            });
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
