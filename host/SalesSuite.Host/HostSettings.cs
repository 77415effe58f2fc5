using System.Text.Json;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Tenancy;
using SalesSuite.SharedKernel.Configuration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host;

/// <summary>
/// Checks every setting the host and the shared kernel read, before any service is built, so that a mistake stops
/// every command with one <see cref="ConfigurationError"/> naming the setting (docs/operations.md, "Configuration errors").
/// Modules check their own settings in <c>AddServices</c>.
/// </summary>
internal static class HostSettings
{
    private const string KeyRingSetting = "Database:KeyRingPath";

    /// <summary>Seconds a poll interval may take: one day.</summary>
    private const int MaxPollSeconds = 86_400;

    /// <summary>The longest time limit a request can have (a CancellationTokenSource takes at most int.MaxValue milliseconds).</summary>
    private const double MaxTimeoutSeconds = int.MaxValue / 1000;

    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        var (provider, connectionString) = Database(configuration, environment);
        Tenancy(configuration, provider, connectionString);
        GraphQL(configuration);
        Hardening(configuration);
        configuration.Flag("Outbox:Enabled");
        configuration.WholeNumber("Outbox:PollSeconds", 1, MaxPollSeconds, "seconds");
        configuration.WholeNumber("Outbox:BatchSize", 1);
        configuration.WholeNumber("Outbox:MaxAttempts", 1);
        configuration.Flag("Jobs:Enabled");
        configuration.Flag("ReadModels:RebuildOnStart");
        configuration.WholeNumber("Jobs:PollSeconds", 1, MaxPollSeconds, "seconds");
        configuration.Flag("Seed:Demo");
        configuration.Flag("Seed:DemoHistory");
        Auth(configuration, environment);
        Plugins(configuration, environment);
    }

    /// <summary>The key ring file's full path; a relative one is under the content root.</summary>
    public static string KeyRingPath(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[KeyRingSetting];
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ConfigurationError(KeyRingSetting, "is empty; give the key ring file's path, e.g. data/keys/keyring.json.");
        }

        return Path.GetFullPath(value ?? new DatabaseOptions().KeyRingPath, environment.ContentRootPath);
    }

    /// <summary>
    /// For commands that read a backup (<c>restore</c>, <c>backup --verify</c>): the key ring file must exist, because only the
    /// key ring that wrote a backup opens it; a new one would be created with random keys and open nothing.
    /// </summary>
    public static void RequireExistingKeyRing(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = KeyRingPath(configuration, environment);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new CommandRefusal(
                $"there is no key ring at {path} ({KeyRingSetting}); a backup opens only with the key ring of the installation that wrote it: copy that key " +
                $"ring there, or point {KeyRingSetting} at it");
        }
    }

    /// <summary>Loads the key ring, or creates it on the first start; a file that is not a key ring is a configuration error.</summary>
    public static FieldProtector LoadKeyRing(string path)
    {
        try
        {
            return FieldProtector.LoadOrCreate(path);
        }
        catch (Exception ex) when (
            ex is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new ConfigurationError(KeyRingSetting,
                $"'{path}' is not a usable key ring ({OneLine(ex.Message).TrimEnd('.')}); restore the file from its backup or point the setting at the right " +
                "one.");
        }
    }

    private static (DatabaseProvider Provider, string ConnectionString) Database(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = Provider(configuration["Database:Provider"], "Database:Provider") ?? DatabaseProvider.Sqlite;
        var connectionString = configuration["Database:ConnectionString"] ?? new DatabaseOptions().ConnectionString;
        if (DatabaseProviders.ConnectionStringProblem(provider, connectionString) is { } problem)
        {
            throw new ConfigurationError("Database:ConnectionString", problem);
        }

        configuration.Flag("Database:MigrateOnStartup");
        configuration.WholeNumber("Database:CommandTimeoutSeconds", 1, unit: "seconds");
        KeyRing(KeyRingPath(configuration, environment));
        return (provider, connectionString);
    }

    private static void KeyRing(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ConfigurationError(KeyRingSetting, $"'{path}' is a directory; give the key ring file's path, e.g. {Path.Combine(path, "keyring.json")}.");
        }

        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                throw new ConfigurationError(KeyRingSetting, $"'{folder}' on the key ring's path is a file, not a folder.");
            }
        }

        if (File.Exists(path))
        {
            try
            {
                using var file = File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationError(KeyRingSetting, $"'{path}' cannot be read ({OneLine(ex.Message).TrimEnd('.')}); let the host's user read it.");
            }
        }
    }

    private static DatabaseProvider? Provider(string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DatabaseProviders.TryParse(value, out var provider)
            ? provider
            : throw new ConfigurationError(setting, $"'{value}' is not a database provider; use Sqlite, Postgres or SqlServer.");
    }

    private static void Tenancy(IConfiguration configuration, DatabaseProvider defaultProvider, string defaultConnectionString)
    {
        configuration.Flag("Tenancy:AllowHeader");
        configuration.Flag("Tenancy:AllowHostName");
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in configuration.GetSection("Tenancy:Tenants").GetChildren())
        {
            var id = tenant["Id"];
            if (TenancyOptions.IdProblem(id) is { } idProblem)
            {
                throw new ConfigurationError(tenant.Path + ":Id", idProblem);
            }

            if (!ids.TryAdd(id!, tenant.Path))
            {
                throw new ConfigurationError(tenant.Path + ":Id", $"'{id}' is already the Id of {ids[id!]}; every tenant needs an Id of its own.");
            }

            foreach (var host in tenant.GetSection("Hosts").GetChildren())
            {
                if (string.IsNullOrWhiteSpace(host.Value))
                {
                    throw new ConfigurationError(host.Path, "is empty; give a host name such as acme.example.com, or remove it.");
                }

                if (!hosts.TryAdd(host.Value, id!))
                {
                    throw new ConfigurationError(host.Path,
                        $"'{host.Value}' is already a host of tenant '{hosts[host.Value]}'; a host name selects one tenant.");
                }
            }

            var timeZone = tenant["TimeZone"];
            if (!string.IsNullOrWhiteSpace(timeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            {
                throw new ConfigurationError(tenant.Path + ":TimeZone", $"'{timeZone}' is not a known time zone; use an IANA id such as Europe/Berlin.");
            }

            var provider = Provider(tenant["Provider"], tenant.Path + ":Provider") ?? defaultProvider;
            var connectionString = tenant["ConnectionString"];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (provider != defaultProvider)
                {
                    throw new ConfigurationError(tenant.Path + ":ConnectionString",
                        $"is not set, but the tenant's Provider ({provider}) is not Database:Provider ({defaultProvider}); give the tenant a connection " +
                        "string of its own.");
                }
            }
            else if (DatabaseProviders.ConnectionStringProblem(provider, connectionString) is { } problem)
            {
                throw new ConfigurationError(tenant.Path + ":ConnectionString", problem);
            }
        }
    }

    private static void GraphQL(IConfiguration configuration)
    {
        foreach (var flag in new[] { "AllowIntrospection", "ExposeExceptionDetails", "EnableIde", "SuggestFields" })
        {
            configuration.Flag("GraphQL:" + flag);
        }

        configuration.WholeNumber("GraphQL:MaxRequestBytes", 1L, long.MaxValue, "bytes");
        configuration.WholeNumber("GraphQL:MaxUploadBytes", 1L, long.MaxValue, "bytes");
        configuration.WholeNumber("GraphQL:MaxNodes", 1L, long.MaxValue);
        configuration.WholeNumber("GraphQL:MaxVariablesBytes", 1, unit: "bytes");
        foreach (var limit in new[] { "MaxDepth", "MaxAliases", "MaxFields", "MaxListItems", "DocumentCacheSize" })
        {
            configuration.WholeNumber("GraphQL:" + limit, 1);
        }

        foreach (var timeout in new[] { "ExecutionTimeoutSeconds", "UploadExecutionTimeoutSeconds" })
        {
            configuration.Number("GraphQL:" + timeout, 0, MaxTimeoutSeconds, $"a number of seconds from 0 (no limit) to {MaxTimeoutSeconds}");
        }

        var defaultPage = configuration.WholeNumber("GraphQL:Paging:DefaultPageSize", 1) ?? new SalesSuite.SharedKernel.GraphQL.PagingOptions().DefaultPageSize;
        var maxPage = configuration.WholeNumber("GraphQL:Paging:MaxPageSize", 1) ?? new SalesSuite.SharedKernel.GraphQL.PagingOptions().MaxPageSize;
        if (defaultPage > maxPage)
        {
            throw new ConfigurationError("GraphQL:Paging:DefaultPageSize",
                $"{defaultPage} is above GraphQL:Paging:MaxPageSize ({maxPage}); make it at most that.");
        }
    }

    private static void Hardening(IConfiguration configuration)
    {
        configuration.Flag("RateLimits:Enabled");
        configuration.WholeNumber("RateLimits:WindowSeconds", 1, MaxPollSeconds, "seconds");
        configuration.WholeNumber("RateLimits:PerTenant", 1, unit: "requests");
        configuration.WholeNumber("RateLimits:PerUser", 1, unit: "requests");
        configuration.WholeNumber("Subscriptions:ConnectionInitTimeoutSeconds", 1, MaxPollSeconds, "seconds");
        configuration.WholeNumber("Subscriptions:MaxConnectionsPerUser", 1, unit: "connections");
        configuration.WholeNumber("Subscriptions:MaxConnectionsPerTenant", 1, unit: "connections");
        configuration.WholeNumber("Subscriptions:MaxSubscriptionsPerConnection", 1, unit: "operations");
        configuration.WholeNumber("Subscriptions:MaxQueuedEvents", 1, unit: "events");
        configuration.WholeNumber("Subscriptions:KeepAliveSeconds", 1, MaxPollSeconds, "seconds");
        configuration.Number("Idempotency:RetentionHours", double.Epsilon, 8760, "a number of hours above 0 and at most 8760 (a year)");
        configuration.WholeNumber("Idempotency:MaxKeyLength", 1, unit: "characters");
    }

    private static void Auth(IConfiguration configuration, IHostEnvironment environment)
    {
        NotEmptyWhenSet(configuration, "Auth:Audience", "the audience tokens are issued for, e.g. salessuite");
        var authority = configuration["Auth:Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ConfigurationError("Auth:Authority",
                    $"'{authority}' is not an absolute URL; use the OIDC issuer's address, e.g. https://login.example.com/.");
            }

            if (!environment.IsDevelopment() && uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new ConfigurationError("Auth:Authority",
                    $"'{authority}' is not HTTPS; outside Development the issuer's keys are fetched over HTTPS only.");
            }
        }

        if (!environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(authority))
            {
                throw new ConfigurationError("Auth:Authority",
                    $"is not set; in the {environment.EnvironmentName} environment tokens are verified only against an OIDC issuer: set its URL, e.g. " +
                    "https://login.example.com/ (Auth:DevSigningKey counts in Development only).");
            }

            return;
        }

        NotEmptyWhenSet(configuration, "Auth:DevIssuer", "the development issuer's name, e.g. salessuite-dev");
        var devKey = configuration["Auth:DevSigningKey"];
        if (!string.IsNullOrEmpty(devKey))
        {
            _ = DevTokenIssuer.KeyFrom(devKey);
        }
        else if (string.IsNullOrWhiteSpace(authority))
        {
            throw new ConfigurationError("Auth:DevSigningKey",
                "is not set, and neither is Auth:Authority, so no token could be verified; set a development key of at least 32 bytes or an OIDC issuer.");
        }
    }

    private static void Plugins(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["Plugins:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var full = Path.GetFullPath(path, environment.ContentRootPath);
        if (File.Exists(full))
        {
            throw new ConfigurationError("Plugins:Path",
                $"'{full}' is a file; give the folder that holds the plugins (X/X.dll or X.dll), or leave it empty for none.");
        }

        if (Directory.Exists(full))
        {
            try
            {
                _ = Directory.EnumerateFileSystemEntries(full).Any();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationError("Plugins:Path", $"'{full}' cannot be read ({OneLine(ex.Message).TrimEnd('.')}).");
            }
        }
    }

    private static void NotEmptyWhenSet(IConfiguration configuration, string key, string expected)
    {
        var value = configuration[key];
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ConfigurationError(key, $"is empty; set {expected}, or remove it for the default.");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
