using System.Collections.Concurrent;

namespace SalesSuite.Demo;

/// <summary>
/// Two years and more of sales history for the <c>demo</c> tenant, planned once here so that each
/// module's part (customers and interactions, opportunities, orders and rates, targets), imported through that module's
/// contracts, agrees with the others on ids and dates. Deterministic (fixed seed), relative to the day of
/// <c>now</c>, nothing on or after its start. Customers register over time, deals grow month by month with a Q4 peak,
/// and the chance of winning follows a known rule (<see cref="WinLogit"/>), so purchase-intent scoring has a signal to find.
/// Opt-in by <see cref="Setting"/> (on unless set to false).
/// </summary>
public sealed class DemoHistory
{
    public const string Setting = "Seed:DemoHistory";

    /// <summary>Two full years and more: enough for a seasonal (Holt-Winters) forecast with a few months to back-test it on.</summary>
    public const int MonthsBack = 30;

    public static readonly string[] Reps = ["alice", "bob", "carol", "dave"];

    public static readonly string[] Sources = ["Website", "Referral", "Trade show", "Partner", "Cold call"];

    public static readonly (string Sku, string Name)[] Products =
    [
        ("CRM-LIC", "CRM licence (annual)"), ("SUP-PRM", "Premium support"), ("HW-SRV", "Server bundle"),
        ("TRN-DAY", "Training day"), ("ANL-ADD", "Analytics add-on"), ("INT-SVC", "Integration services"),
    ];

    private static readonly string[] Titles =
        ["CRM rollout", "Support renewal", "Hardware refresh", "Training package", "Analytics add-on", "Integration project"];
    private static readonly string[] LossReasons = ["Price", "Timing", "Chose a competitor", "No budget"];
    private static readonly ConcurrentDictionary<DateTimeOffset, DemoHistory> Plans = new();

    private readonly Random rng = new(20261102);
    private readonly Dictionary<Guid, List<DateTimeOffset>> wins = [];

    private DemoHistory(DateTimeOffset now)
    {
        Today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        Start = new DateTimeOffset(Today.Year, Today.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-MonthsBack);
        var months = MonthsBack + 1;
        Rates = Enumerable.Range(0, months).SelectMany(m => new[]
        {
            new DemoRate("EUR", DateOnly.FromDateTime(Start.AddMonths(m).UtcDateTime), decimal.Round(1.06m + (0.04m * (decimal)Math.Sin(m / 2.5)), 4)),
            new DemoRate("GBP", DateOnly.FromDateTime(Start.AddMonths(m).UtcDateTime), decimal.Round(1.26m + (0.03m * (decimal)Math.Cos(m / 3.0)), 4)),
        }).ToList();
        Customers = PlanCustomers(months);
        PlanDeals(months);
        Targets = Reps.SelectMany(rep => Enumerable.Range(0, months + 2).Select(m =>
        {
            var month = Start.AddMonths(m);
            return new DemoTarget(rep, month.Year, month.Month, decimal.Round((decimal)(14000 * (1 + (0.03 * m)) * Season(month.Month)) / 1000m) * 1000m);
        })).ToList();
    }

    /// <summary>The start of the day of the seeding instant: the plan's "now"; everything in it happened before.</summary>
    public DateTimeOffset Today { get; }

    /// <summary>The first day of the month <see cref="MonthsBack"/> months back.</summary>
    public DateTimeOffset Start { get; }

    public IReadOnlyList<DemoCustomer> Customers { get; }

    public List<DemoInteraction> Interactions { get; } = [];

    public List<DemoOpportunity> Opportunities { get; } = [];

    public List<DemoOrder> Orders { get; } = [];

    public IReadOnlyList<DemoRate> Rates { get; }

    public IReadOnlyList<DemoTarget> Targets { get; }

    /// <summary>Whether the setting asks for the history (anything but "false").</summary>
    public static bool IsEnabled(string? setting) => !bool.TryParse(setting, out var on) || on;

    public static DemoHistory For(DateTimeOffset now) => Plans.GetOrAdd(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), day => new DemoHistory(day));

    /// <summary>
    /// The rule the demo's outcomes follow: more interactions, a referral or partner source, faster stages and earlier wins
    /// with the customer raise the odds; a cold call lowers them.
    /// </summary>
    public static double WinLogit(int interactions, string source, double daysPerStage, int priorWins) =>
        -0.9 + (0.4 * (interactions - 3)) - (0.08 * (daysPerStage - 10)) + (0.6 * Math.Min(priorWins, 2)) + source switch
        {
            "Referral" => 1.2,
            "Partner" => 0.5,
            "Cold call" => -0.6,
            _ => 0.0,
        };

    public decimal RateOn(string currency, DateOnly date) =>
        currency == "USD" ? 1m : Rates.Where(r => r.Currency == currency && r.Date <= date).OrderBy(r => r.Date).Select(r => r.Rate)
            .LastOrDefault(Rates.First(r => r.Currency == currency).Rate);

    private static double Season(int month) => month switch
    {
        1 => 0.8,
        2 => 0.9,
        7 or 8 => 0.85,
        9 => 1.1,
        10 => 1.3,
        11 => 1.5,
        12 => 1.4,
        _ => 1.0,
    };

    private List<DemoCustomer> PlanCustomers(int months)
    {
        var customers = new List<DemoCustomer>();
        for (var m = 0; m < months; m++)
        {
            var month = Start.AddMonths(m);
            for (var i = 0; i < (int)Math.Round(4 + (0.25 * m)); i++)
            {
                var at = month.AddDays(rng.NextDouble() * DateTime.DaysInMonth(month.Year, month.Month)).AddSeconds(-rng.Next(1, 3600));
                var owner = Reps[rng.Next(Reps.Length)];
                var source = Pick([0.3, 0.2, 0.15, 0.15, 0.2], Sources);
                var level = Pick([0.15, 0.35, 0.5], new[] { "A", "B", "C" });
                if (at < Today)
                {
                    customers.Add(new DemoCustomer(NewId(), customers.Count + 1, at, owner, source, owner == "dave" ? "West" : "East", level));
                }
            }
        }

        foreach (var customer in customers)
        {
            for (var k = rng.Next(3); k > 0; k--)
            {
                var at = customer.RegisteredAt.AddDays(rng.NextDouble() * (Today - customer.RegisteredAt).TotalDays);
                Interactions.Add(new DemoInteraction(customer.Id, customer.OwnerId, at, rng.Next(3)));
            }
        }

        return customers;
    }

    private void PlanDeals(int months)
    {
        for (var m = 0; m < months; m++)
        {
            var month = Start.AddMonths(m);
            var count = (int)Math.Round((6 + (0.4 * m)) * Season(month.Month));
            for (var i = 0; i < count; i++)
            {
                var created = month.AddDays(rng.NextDouble() * DateTime.DaysInMonth(month.Year, month.Month));
                var candidates = Customers.Where(c => c.RegisteredAt < created.AddDays(-1)).ToList();
                if (created >= Today.AddDays(-1) || candidates.Count == 0)
                {
                    continue;
                }

                var winners = candidates.Where(c => wins.TryGetValue(c.Id, out var closes) && closes.Any(t => t < created)).ToList();
                var customer = winners.Count > 0 && rng.NextDouble() < 0.35 ? winners[rng.Next(winners.Count)] : candidates[rng.Next(candidates.Count)];
                PlanDeal(customer, created, m, month.Month);
            }
        }

        Opportunities.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        Orders.Sort((a, b) => a.ConfirmedAt.CompareTo(b.ConfirmedAt));
    }

    private void PlanDeal(DemoCustomer customer, DateTimeOffset created, int m, int calendarMonth)
    {
        var priorWins = wins.TryGetValue(customer.Id, out var closes) ? closes.Count(t => t < created) : 0;
        var interactions = Math.Clamp((int)Math.Round(3 + (2 * Normal())), 0, 12);
        var daysPerStage = Math.Clamp(Math.Exp(Math.Log(10) + (0.5 * Normal())), 3, 40);
        var source = rng.NextDouble() < 0.85 ? customer.Source : Sources[rng.Next(Sources.Length)];
        var won = rng.NextDouble() < 1 / (1 + Math.Exp(-WinLogit(interactions, source, daysPerStage, priorWins)));
        var reached = won ? 4 : 1 + rng.Next(4);
        var steps = new List<DemoStep>();
        var at = created;
        for (var position = 1; position <= reached + 1; position++)
        {
            steps.Add(new DemoStep(position > reached ? (won ? 5 : 6) : position, at));
            at = at.AddDays(daysPerStage * (0.7 + (0.6 * rng.NextDouble())));
        }

        var closedAt = steps[^1].At;
        var open = closedAt >= Today;
        var inBase = Math.Clamp(Math.Exp(Math.Log(9000) + (0.35 * Normal())) * (1 + (0.02 * m)) * (calendarMonth >= 10 ? 1.15 : 1.0), 1000, 200000);
        var currency = Pick([0.7, 0.2, 0.1], new[] { "USD", "EUR", "GBP" });
        var amount = Math.Max(100m, decimal.Round((decimal)inBase / RateOn(currency, DateOnly.FromDateTime(created.UtcDateTime)) / 100m) * 100m);
        var opportunity = new DemoOpportunity(
            NewId(), customer.Id, customer.OwnerId, Titles[rng.Next(Titles.Length)], amount, currency, source, created,
            DateOnly.FromDateTime(created.AddDays(4 * daysPerStage).UtcDateTime), steps.Where(s => s.At < Today).ToList(),
            open ? null : won, open ? null : closedAt, open ? null : won ? "Best fit" : LossReasons[rng.Next(LossReasons.Length)]);
        Opportunities.Add(opportunity);
        if (opportunity.Won == true)
        {
            wins.TryAdd(customer.Id, []);
            wins[customer.Id].Add(closedAt);
        }
        for (var k = 0; k < interactions; k++)
        {
            var when = created.AddDays(-7 + (rng.NextDouble() * ((closedAt - created).TotalDays + 7)));
            when = when < customer.RegisteredAt ? customer.RegisteredAt.AddHours(1) : when;
            if (when < Today && when < closedAt)
            {
                Interactions.Add(new DemoInteraction(customer.Id, customer.OwnerId, when, rng.Next(3)));
            }
        }

        var confirmedAt = closedAt.AddHours(2 + rng.Next(70));
        if (won && confirmedAt < Today)
        {
            var lineCount = 1 + rng.Next(3);
            var lines = Enumerable.Range(0, lineCount).Select(_ =>
            {
                var (sku, name) = Products[rng.Next(Products.Length)];
                var quantity = 1 + rng.Next(10);
                return new DemoOrderLine(sku, name, quantity, Math.Max(1m, decimal.Round(amount / lineCount / quantity, 2)));
            }).ToList();
            var paidAt = confirmedAt.AddDays(5 + rng.Next(40));
            var id = NewId();
            var paid = (rng.NextDouble() < 0.9 || confirmedAt < Today.AddDays(-120)) && paidAt < Today;
            Orders.Add(new DemoOrder(id, customer.Id, opportunity.Id, customer.OwnerId, currency, confirmedAt, paid ? paidAt : null, lines));
        }
    }

    private T Pick<T>(double[] weights, T[] values)
    {
        var u = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < values.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private Guid NewId()
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
