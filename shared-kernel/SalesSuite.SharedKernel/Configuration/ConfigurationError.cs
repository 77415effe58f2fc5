namespace SalesSuite.SharedKernel.Configuration;

/// <summary>
/// A setting that is missing or wrong. The host stops with one line, <c>Configuration error: Setting: problem</c>,
/// and exit code 1; <see cref="Problem"/> says what is wrong and what to do.
/// </summary>
public sealed class ConfigurationError(string setting, string problem) : Exception($"{setting}: {problem}")
{
    /// <summary>The setting's key, as in configuration: <c>Database:KeyRingPath</c>, <c>Tenancy:Tenants:2:Id</c>.</summary>
    public string Setting { get; } = setting;

    public string Problem { get; } = problem;
}
