using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Tenancy;

public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>Accept the <c>X-Tenant</c> header (integrators); the token's tenant must still match it.</summary>
    public bool AllowHeader { get; set; } = true;

    /// <summary>Resolve the tenant from the request's host name (e.g. <c>demo.example.com</c>).</summary>
    public bool AllowHostName { get; set; } = true;

    public List<TenantOptions> Tenants { get; set; } = [];

    /// <summary>What is wrong with a tenant id, or null: ids are 1-64 letters, digits, '-' or '_'.</summary>
    internal static string? IdProblem(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "is empty; every tenant needs an Id of 1-64 letters, digits, '-' or '_'."
        : id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? $"'{id}' is not valid; use 1-64 letters, digits, '-' or '_'."
        : null;
}

public sealed class TenantOptions
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public List<string> Hosts { get; set; } = [];

    public List<string> DisabledModules { get; set; } = [];

    public string? ConnectionString { get; set; }

    public string? Provider { get; set; }

    /// <summary>IANA time zone of the tenant's reports (days, weeks, months); UTC when empty.</summary>
    public string? TimeZone { get; set; }
}

/// <summary>The embedded tenant store: tenants from configuration. Replace <see cref="ITenantStore"/> for a database-backed one.</summary>
public sealed class ConfigurationTenantStore : ITenantStore
{
    private readonly IReadOnlyList<TenantInfo> _tenants;

    public ConfigurationTenantStore(Microsoft.Extensions.Options.IOptions<TenancyOptions> options)
    {
        var tenants = new List<TenantInfo>();
        foreach (var t in options.Value.Tenants)
        {
            if (TenancyOptions.IdProblem(t.Id) is { } problem)
            {
                throw new InvalidOperationException($"Tenant id {problem}");
            }

            if (tenants.Any(x => string.Equals(x.Id, t.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"Tenant '{t.Id}' is configured twice.");
            }

            if (!string.IsNullOrWhiteSpace(t.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(t.TimeZone, out _))
            {
                throw new InvalidOperationException($"Tenant '{t.Id}' has an unknown time zone '{t.TimeZone}': use an IANA id such as Europe/Berlin.");
            }

            tenants.Add(new TenantInfo(t.Id, t.Name ?? t.Id, t.Hosts.ToArray(), t.DisabledModules.ToArray(),
                string.IsNullOrWhiteSpace(t.ConnectionString) ? null : t.ConnectionString,
                string.IsNullOrWhiteSpace(t.Provider) ? null : t.Provider,
                string.IsNullOrWhiteSpace(t.TimeZone) ? null : t.TimeZone));
        }

        _tenants = tenants;
    }

    public ValueTask<TenantInfo?> FindAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tenants.FirstOrDefault(t => string.Equals(t.Id, tenantId, StringComparison.Ordinal)));

    public ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tenants.FirstOrDefault(t => t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)));

    public ValueTask<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tenants);
}
