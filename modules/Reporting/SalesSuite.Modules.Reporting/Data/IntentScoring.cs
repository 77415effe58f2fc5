using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Data;

/// <summary>
/// Purchase-intent scoring, wired: features of each opportunity from its history through the owning modules'
/// contracts (interactions from Customers, stage velocity, amount and source from Opportunities, order history from
/// Orders, each aggregated in SQL there), a per-tenant logistic regression trained on the tenant's own closed deals
/// (<see cref="IntentTrainer"/>), stored, and scores with their factors for open opportunities and customers.
/// </summary>
internal sealed class IntentScoring(
    ModuleDbContextFactory<ReportingDbContext> contexts,
    IOpportunityFigures opportunities,
    ICustomerActivityFigures activity,
    IOrderFigures orders,
    TimeProvider clock)
{
    /// <summary>Interactions count from this many days before an opportunity was opened.</summary>
    private const int LeadInDays = 30;

    private const int MinimumPerSource = 5;

    public static readonly string[] BaseFeatures = ["interactions", "recentInteractions", "daysPerStage", "priorOrders", "amountInBase"];

    public async Task<IntentModelRecord> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await db.IntentModels.FirstOrDefaultAsync(cancellationToken)
            ?? IntentModelRecord.NotTrainedYet();
    }

    /// <summary>Retrains on every closed deal of the tenant and stores the result (a refusal too, with its counts).</summary>
    public async Task<IntentModelRecord> TrainAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closed = await opportunities.ClosedIntentFactsAsync(cancellationToken);
        var features = await FeaturesAsync(closed, now, cancellationToken);
        var sources = closed.Where(o => o.Source is not null).GroupBy(o => o.Source!, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumPerSource).Select(g => SourceFeature(g.Key)).Order(StringComparer.Ordinal);
        var names = BaseFeatures.Concat(sources).ToArray();
        var examples = closed.Select(o => new IntentExample(o.Id.ToString("N"), o.ClosedAt ?? o.OpenedAt, WithSources(features[o.Id], names), o.Won == true))
            .ToList();
        var training = IntentTrainer.Train(names, examples);

        await using var db = contexts.CreateForSystem();
        var record = await db.IntentModels.AsTracking().FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = IntentModelRecord.Trained(training, now);
            db.IntentModels.Add(record);
        }
        else
        {
            db.Touch(record);
            record.Retrained(training, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>Scores of the open ones among <paramref name="opportunityIds"/>; none without a trained model.</summary>
    public async Task<IDictionary<Guid, IntentScoreResult>> ScoreOpportunitiesAsync(IReadOnlyCollection<Guid> opportunityIds,
        CancellationToken cancellationToken)
    {
        var model = (await CurrentAsync(cancellationToken)).Model;
        if (model is null)
        {
            return new Dictionary<Guid, IntentScoreResult>();
        }

        var open = await opportunities.OpenIntentFactsAsync(opportunityIds, cancellationToken);
        return await ScoreAsync(model, open, cancellationToken);
    }

    /// <summary>Per customer, the best score among its open opportunities that the current user may see.</summary>
    public async Task<IDictionary<Guid, IntentScoreResult>> ScoreCustomersAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        var model = (await CurrentAsync(cancellationToken)).Model;
        if (model is null)
        {
            return new Dictionary<Guid, IntentScoreResult>();
        }

        var open = await opportunities.OpenIntentFactsOfCustomersAsync(customerIds, cancellationToken);
        var scores = await ScoreAsync(model, open, cancellationToken);
        return open.GroupBy(o => o.CustomerId).ToDictionary(g => g.Key, g => g.Select(o => scores[o.Id]).MaxBy(s => s.Score)!);
    }

    private async Task<IDictionary<Guid, IntentScoreResult>> ScoreAsync(IntentModel model, IReadOnlyList<OpportunityIntentFacts> open,
        CancellationToken cancellationToken)
    {
        var features = await FeaturesAsync(open, clock.GetUtcNow(), cancellationToken);
        return open.ToDictionary(o => o.Id, o =>
        {
            var score = model.Score(WithSources(features[o.Id], model.FeatureNames));
            return new IntentScoreResult(score.Probability, score.Factors.Select(f => new IntentScoreFactor(f.Feature, f.Contribution)).ToList());
        });
    }

    /// <summary>The features of each opportunity as of its close (or <paramref name="now"/> while open), from three batched contract calls.</summary>
    private async Task<Dictionary<Guid, Dictionary<string, double>>> FeaturesAsync(IReadOnlyList<OpportunityIntentFacts> deals, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        DateTimeOffset Cutoff(OpportunityIntentFacts o) => o.ClosedAt ?? now;
        var interactions = (await activity.InteractionsInAsync(
            deals.Select(o => new InteractionWindow(o.Id, o.CustomerId, o.OpenedAt.AddDays(-LeadInDays), Cutoff(o))).ToList(), cancellationToken))
                .ToDictionary(x => x.Key);
        var history = (await orders.HistoryBeforeAsync(deals.Select(o => new CustomerOrderPoint(o.Id, o.CustomerId, o.OpenedAt)).ToList(), cancellationToken))
            .ToDictionary(x => x.Key);
        return deals.ToDictionary(o => o.Id, o => new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["interactions"] = interactions.GetValueOrDefault(o.Id)?.Count ?? 0,
            ["recentInteractions"] = interactions.GetValueOrDefault(o.Id)?.LastTwoWeeks ?? 0,
            ["daysPerStage"] = Math.Max(0, (Cutoff(o) - o.OpenedAt).TotalDays) / Math.Max(1, o.OpenStagesEntered),
            ["priorOrders"] = history.GetValueOrDefault(o.Id)?.Orders ?? 0,
            ["amountInBase"] = Math.Log10(1 + (double)Math.Max(0m, o.AmountInBase ?? 0m)),
            [SourceFeature(o.Source ?? string.Empty)] = 1,
        });
    }

    private static string SourceFeature(string source) => "source:" + source;

    /// <summary>The base features plus a 0/1 value for each source feature in <paramref name="names"/>.</summary>
    private static Dictionary<string, double> WithSources(Dictionary<string, double> features, IReadOnlyList<string> names) =>
        names.ToDictionary(n => n, n => features.GetValueOrDefault(n), StringComparer.Ordinal);
}
