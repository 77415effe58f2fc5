namespace SalesSuite.Modules.Reporting.Tests.Analytics;

/// <summary>
/// Tests that spend seconds of CPU (hundreds of forecasts with back-tests, thousands of simulated paths) run alone,
/// after the parallel ones, so they cannot starve the database tests of this assembly into connection timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyComputation
{
    public const string Name = "Heavy computation";
}
