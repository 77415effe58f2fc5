using SalesSuite.Modules.Reporting.Analytics;

namespace SalesSuite.Modules.Reporting.Tests.Analytics;

/// <summary>Seeded generators for the analytics tests: nothing here depends on the clock or on test order.</summary>
internal static class Synthetic
{
    public static readonly DateOnly Start = new(2022, 1, 1);

    public static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>1000 + 10·t + 200·sin(2πt/12): a trend with a yearly season, never below 0.</summary>
    public static double TrendAndSeason(int t) => 1000 + 10 * t + 200 * Math.Sin(2 * Math.PI * t / 12);

    public static double[] Noisy(Func<int, double> signal, int from, int count, double sigma, Random random) =>
        Enumerable.Range(from, count).Select(t => Math.Max(0, signal(t) + sigma * Gaussian(random))).ToArray();

    public static IReadOnlyList<MonthlyValue> Months(IEnumerable<double> values) =>
        values.Select((v, i) => new MonthlyValue(Start.AddMonths(i), (decimal)v)).ToArray();
}
