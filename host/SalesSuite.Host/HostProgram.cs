using System.Globalization;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Api;
using SalesSuite.Host.Api.Hardening;
using SalesSuite.Host.Api.Live;
using SalesSuite.Host.Composition;
using SalesSuite.Host.Data;
using SalesSuite.Host.Data.Providers;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Tenancy;
using SalesSuite.SharedKernel.Configuration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host;

/// <summary>
/// The composition root. Commands: (none) runs the server; <c>dev-token</c>, <c>migrate</c>, <c>print-schema</c>,
/// <c>verify-audit</c>, <c>backup</c> (and <c>backup --verify</c>), <c>restore</c>, <c>rebuild-read-models</c>.
/// </summary>
public static class HostProgram
{
    /// <summary>
    /// Runs a command. A configuration mistake, or anything else that stops the host from starting or a command from
    /// finishing, ends it with one line on stderr and exit code 1 (<see cref="StartupFailure"/>).
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = command == "serve" ? args : args[1..];
        WebApplicationBuilder? builder = null;
        var started = false;
        try
        {
            builder = CreateBuilder(rest, command);
            var app = Build(builder);
            app.Lifetime.ApplicationStarted.Register(() => started = true);
            return await RunCommandAsync(app, command, rest);
        }
        catch (Exception error) when (error is not HostAbortedException)
        {
            // HostAbortedException is how WebApplicationFactory stops Main once it has the host: not a failure.
            var label = command == "backup" && rest.Contains(VerifyOption) ? "backup " + VerifyOption : command;
            return await StartupFailure.ReportAsync(error, label, started, builder?.Configuration);
        }
    }

    private static async Task<int> RunCommandAsync(WebApplication app, string command, string[] rest)
    {
        switch (command)
        {
            case "serve":
                await app.RunAsync();
                return 0;
            case "migrate":
                await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
                Console.WriteLine("Migrations applied for every tenant database.");
                return 0;
            case "print-schema":
                Console.Write(app.Services.GetRequiredService<ISchema>().Print());
                return 0;
            case "dev-token":
                return DevTokenCommand(app, rest);
            case "verify-audit":
                return await VerifyAuditCommand(app, rest);
            case "backup":
                return await BackupCommand(app, rest);
            case "restore":
                return await RestoreCommand(app, rest);
            case "rebuild-read-models":
                return await RebuildReadModelsCommand(app, rest);
            default:
                await Console.Error.WriteLineAsync(
                    $"Unknown command '{command}'. Commands: dev-token, migrate, print-schema, verify-audit, backup, restore, rebuild-read-models (or none " +
                    "to run the server).");
                return 2;
        }
    }

    public static WebApplicationBuilder CreateBuilder(string[] args, string command = "serve")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = command == "dev-token" ? Environments.Development : null,
        });
        if (command != "serve")
        {
            // Commands print their result on stdout; keep the log out of it.
            builder.Logging.ClearProviders();
        }
        else
        {
            // The generic host logs a failed start (a port in use, a database it cannot open) with the whole stack
            // trace; RunAsync reports it in one line instead, and logs the exception at Debug (StartupFailure).
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        ConfigureServices(builder, readsBackup: command == "restore" || (command == "backup" && args.Contains(VerifyOption)));
        if (command == "serve")
        {
            builder.Services.AddHostedService<DatabaseStartup>();
            builder.Services.AddOutboxDispatch();
            builder.Services.AddTenantJobs();
        }
        else
        {
            builder.Services.AddSingleton<SalesSuite.SharedKernel.Events.OutboxDispatcher>();
            builder.Services.AddSingleton<SalesSuite.SharedKernel.Events.EventTypeRegistry>();
            builder.Services.AddSingleton<TenantJobRunner>();
        }

        return builder;
    }

    /// <summary>
    /// The demo tenants' sample data (SalesSuite.Demo), only while Seed:Demo is on; in a method of its own, so that the
    /// assembly is not even loaded otherwise.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void AddDemoData(IServiceCollection services) => SalesSuite.Demo.DemoRegistration.AddSalesSuiteDemo(services);

    /// <summary>The host's services; <paramref name="readsBackup"/> for a command that reads a backup, which needs the key ring that wrote it.</summary>
    public static void ConfigureServices(WebApplicationBuilder builder, bool readsBackup = false)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // The providers are the host's: their engines come first, the settings checks and every context use them.
        DatabaseEngineRegistration.RegisterAll();
        // Before anything reads a setting: a mistake stops here with a ConfigurationError that names it.
        HostSettings.Validate(configuration, builder.Environment);
        if (readsBackup)
        {
            // A backup opens only with the key ring that wrote it: reading one must not create a new, useless key ring.
            HostSettings.RequireExistingKeyRing(configuration, builder.Environment);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddTenantContext();
        services.AddCurrentAccess();
        // One key ring per process: EF Core's cached models hold the converters that use it.
        FieldProtector.Current ??= HostSettings.LoadKeyRing(HostSettings.KeyRingPath(configuration, builder.Environment));
        services.AddModuleDbContext<SalesSuite.SharedKernel.Audit.AuditDbContext>("Audit", typeof(Audit.AuditDesignTimeFactory).Assembly);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.Configure<PagingOptions>(configuration.GetSection("GraphQL:Paging"));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<ITenantStore, ConfigurationTenantStore>();
        services.AddSingleton<DbContextOptionsCache>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<BatchLoaders>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<TenantBackup>();
        services.Configure<SalesSuite.SharedKernel.Events.OutboxOptions>(configuration.GetSection(SalesSuite.SharedKernel.Events.OutboxOptions.Section));
        services.Configure<ReadModelOptions>(configuration.GetSection(ReadModelOptions.Section));
        services.Configure<TenantJobOptions>(configuration.GetSection(TenantJobOptions.Section));
        services.AddSalesSuiteAuthentication(configuration, builder.Environment);

        var pluginsPath = configuration["Plugins:Path"];
        var failures = new List<(string Plugin, Exception Error)>();
        var catalog = ModuleCatalog.Discover(
            string.IsNullOrWhiteSpace(pluginsPath) ? null : Path.GetFullPath(pluginsPath, builder.Environment.ContentRootPath),
            (plugin, error) => failures.Add((plugin, error)));
        services.AddSingleton(catalog);
        services.AddSingleton(new PluginLoadFailures(failures));
        foreach (var module in catalog.Active)
        {
            try
            {
                module.AddServices(services, configuration);
            }
            // A plugin that fails is left out; one that finds its settings wrong stops the host like any other.
            catch (Exception ex) when (catalog.IsPlugin(module) && ex is not ConfigurationError)
            {
                failures.Add((module.Name, ex));
                catalog.MarkFailed(module, ex);
            }
        }

        if (configuration.GetValue<bool>("Seed:Demo"))
        {
            AddDemoData(services); // after the modules: the demo's seeder runs after theirs
        }

        // Without a Permissions module every signed-in user of the tenant may do everything.
        services.TryAddScoped<IAccessControl, SystemAccessControl>();

        services.Scan(scan => scan.FromAssemblies(catalog.Assemblies)
            .AddClasses(c => c.AssignableTo<IGraphType>(), publicOnly: false)
            .AsSelf()
            .WithSingletonLifetime());

        services.AddSingleton<NodeGraphType>();
        services.AddSingleton<SchemaComposer>();
        services.AddSingleton<INodeLookup>(sp => sp.GetRequiredService<SchemaComposer>());
        services.AddSingleton<ISchema>(sp => sp.GetRequiredService<SchemaComposer>().Compose());
        services.AddSingleton<IDeniableFields>(sp =>
        {
            sp.GetRequiredService<ISchema>(); // the catalogue is filled while the schema is composed
            return sp.GetRequiredService<SchemaComposer>();
        });
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IGraphQLTextSerializer>(sp =>
            new GraphQLSerializer(
                o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                new AppErrorInfoProvider(sp.GetRequiredService<IOptions<GraphQLOptions>>().Value.ExposeExceptionDetails)));
        services.AddSingleton<AccessValidationRule>();
        services.AddSingleton<GraphQLEndpoint>();
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<ILiveEvents, LiveEventHub>();
        services.AddSingleton<LiveOperations>();
        services.AddSingleton<LiveAuthentication>();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<GraphQLWebSocket>();
        services.AddSingleton<GraphQLServerSentEvents>();
        services.AddSingleton<DocumentCache>();
        services.AddApiHardening(configuration, builder.Environment);
        services.AddHealthChecks();
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var failures = app.Services.GetRequiredService<PluginLoadFailures>();
        foreach (var (plugin, error) in failures.Items)
        {
            app.Logger.LogError(error, "Plugin {Plugin} failed to load and is left out", plugin);
        }

        // Compose the schema now: a clash between modules stops start-up here, not on the first request.
        app.Services.GetRequiredService<ISchema>();

        app.UseStaticFiles();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30), KeepAliveTimeout = TimeSpan.FromSeconds(60) });
        app.UseAuthentication();
        // Liveness: the process answers. Readiness: it also has current read models (a load balancer sends traffic then).
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadModelRegistration.ReadyTag),
        });
        app.Map("/graphql", branch =>
        {
            branch.UseMiddleware<TenantResolutionMiddleware>();
            branch.UseMiddleware<RateLimitMiddleware>();
            branch.Run(http => http.WebSockets.IsWebSocketRequest
                ? http.RequestServices.GetRequiredService<GraphQLWebSocket>().HandleAsync(http)
                : http.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(http));
        });
        app.Map("/downloads", branch =>
        {
            branch.UseMiddleware<TenantResolutionMiddleware>();
            branch.UseMiddleware<RateLimitMiddleware>();
            branch.Run(DownloadEndpoint.HandleAsync);
        });
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }

    /// <summary>Checks every tenant's audit chain (or <c>--tenant x</c>'s); exits 1 and names the first broken entry when one was tampered with.</summary>
    private static async Task<int> VerifyAuditCommand(WebApplication app, string[] args)
    {
        var only = args.SkipWhile(a => a != "--tenant").Skip(1).FirstOrDefault();
        var store = app.Services.GetRequiredService<ITenantStore>();
        var broken = 0;
        foreach (var tenant in await store.GetAllAsync())
        {
            if (only is not null && tenant.Id != only)
            {
                continue;
            }

            await using var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant);
            var result = await scope.ServiceProvider.GetRequiredService<SalesSuite.SharedKernel.Audit.AuditChainVerifier>().VerifyAsync(CancellationToken.None);
            Console.WriteLine(result.Valid
                ? $"{tenant.Id}: audit chain intact ({result.CheckedEntries} entries)"
                : $"{tenant.Id}: audit chain BROKEN at entry {result.FirstBrokenSequence} ({result.FirstBrokenId:N}): {result.Reason}");
            broken += result.Valid ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
    }

    /// <summary><c>rebuild-read-models [--tenant demo]</c>: empties and rebuilds every read model (Reporting's) from the modules' replayed events.</summary>
    private static async Task<int> RebuildReadModelsCommand(WebApplication app, string[] args)
    {
        var only = args.SkipWhile(a => a != "--tenant").Skip(1).FirstOrDefault();
        var tenants = (await app.Services.GetRequiredService<ITenantStore>().GetAllAsync()).Where(t => only is null || t.Id == only).ToList();
        if (tenants.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No tenant '{only}'.");
            return 2;
        }

        foreach (var tenant in tenants)
        {
            foreach (var model in app.Services.GetServices<IRebuildableReadModel>())
            {
                var applied = await model.RebuildAsync(tenant, CancellationToken.None);
                Console.WriteLine($"{tenant.Id}: {model.Name} rebuilt from {applied} events");
            }
        }

        return 0;
    }

    private const string VerifyOption = "--verify";

    /// <summary>
    /// <c>backup --tenant demo --out demo.ssbak</c>: one encrypted file with all of the tenant's data (rows per module on
    /// stdout as they are read). <c>backup --verify demo.ssbak</c>: opens a backup and says whose it is, its format, when it
    /// was written and its rows per module, and whether this key ring opens it; it touches no database.
    /// </summary>
    private static async Task<int> BackupCommand(WebApplication app, string[] args)
    {
        if (args.Contains(VerifyOption))
        {
            return await VerifyBackupCommand(app, Option(args, VerifyOption)
                ?? throw new CommandRefusal($"backup {VerifyOption} needs the backup file: backup {VerifyOption} <file>", CommandRefusal.Usage));
        }

        var (tenant, file) = await TenantAndFileAsync(app, args, "backup", "--out");
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(tenant, CancellationToken.None);
        long rows = 0;
        var bytes = await app.Services.GetRequiredService<TenantBackup>().ExportAsync(tenant, (module, count) =>
        {
            rows += count;
            Console.WriteLine($"  {module}: {TableRows.Count(count)}");
        }, CancellationToken.None);
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandRefusal($"the file {file} cannot be written ({ex.GetType().Name}): choose a path in a folder this user can write to", inner: ex);
        }

        Console.WriteLine($"Backed up tenant {tenant.Id} to {file}: {TableRows.Count(rows)}, {bytes.Length} bytes.");
        return 0;
    }

    private static async Task<int> VerifyBackupCommand(WebApplication app, string path)
    {
        var full = Path.GetFullPath(path);
        var contents = TenantBackup.Open(await TenantBackup.ReadFileAsync(full, CancellationToken.None), $"the file {full}");
        var unknown = app.Services.GetRequiredService<TenantBackup>().UnknownModules(contents).Select(m => m.Module).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"{full}: a SalesSuite backup; this key ring opens it (key {contents.KeyId}).");
        Console.WriteLine($"Tenant:  {contents.Tenant}");
        Console.WriteLine($"Format:  {TenantBackup.FormatName}/{contents.FormatVersion}");
        Console.WriteLine($"Created: {contents.CreatedAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "unknown"}");
        Console.WriteLine($"Rows:    {TableRows.Count(contents.TotalRows)} in {contents.Rows.Count} modules, {contents.Bytes} bytes");
        foreach (var module in contents.Rows)
        {
            var tables = string.Join(", ", module.Tables.Where(t => t.Rows > 0).Select(t => $"{t.Table} {t.Rows}"));
            var note = unknown.Contains(module.Module) ? " - not a module of this installation: restore would refuse it" : "";
            Console.WriteLine($"  {module.Module}: {TableRows.Count(module.Total)}{(tables.Length > 0 ? $" ({tables})" : "")}{note}");
        }

        Console.WriteLine("Nothing was written.");
        return 0;
    }

    /// <summary>
    /// <c>restore --tenant demo --in demo.ssbak</c>: checks the whole file first (readable, opens with this key ring, a known
    /// format, the same tenant), then creates and migrates the tenant's database, refuses it unless the tenant has no rows in
    /// any module, and writes every module in one transaction (rows per module on stdout). A refusal changes nothing.
    /// </summary>
    private static async Task<int> RestoreCommand(WebApplication app, string[] args)
    {
        var (tenant, file) = await TenantAndFileAsync(app, args, "restore", "--in");
        var backup = app.Services.GetRequiredService<TenantBackup>();
        var contents = TenantBackup.Open(await TenantBackup.ReadFileAsync(file, CancellationToken.None), $"the file {file}");
        backup.Check(tenant, contents);
        Console.WriteLine($"Read {file}: tenant {contents.Tenant}, format {contents.FormatVersion}, " +
            $"written {contents.CreatedAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "at an unknown time"}, " +
            $"{TableRows.Count(contents.TotalRows)}.");

        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(tenant, CancellationToken.None);
        var rows = await backup.RestoreAsync(tenant, contents, (module, count) => Console.WriteLine($"  {module}: {TableRows.Count(count)}"),
            CancellationToken.None);
        Console.WriteLine($"Restored {TableRows.Count(rows)} of tenant {tenant.Id} from {file}, in one transaction.");
        return 0;
    }

    /// <summary>The tenant and the file's full path of <c>--tenant x --in|--out file</c>; a missing option or an unknown tenant is bad usage (exit code
    /// 2).</summary>
    private static async Task<(TenantInfo Tenant, string File)> TenantAndFileAsync(WebApplication app, string[] args, string command, string fileOption)
    {
        var tenantId = Option(args, "--tenant");
        var file = Option(args, fileOption);
        if (tenantId is null || file is null)
        {
            var missing = tenantId is null && file is null ? $"--tenant and {fileOption} are" : tenantId is null ? "--tenant is" : fileOption + " is";
            throw new CommandRefusal($"{command} needs --tenant <id> {fileOption} <file>; {missing} missing", CommandRefusal.Usage);
        }

        var store = app.Services.GetRequiredService<ITenantStore>();
        var tenant = await store.FindAsync(tenantId);
        if (tenant is null)
        {
            var known = string.Join(", ", (await store.GetAllAsync()).Select(t => t.Id));
            throw new CommandRefusal($"there is no tenant '{tenantId}'; the tenants (Tenancy:Tenants) are {known}", CommandRefusal.Usage);
        }

        return (tenant, Path.GetFullPath(file));
    }

    /// <summary>The value after <paramref name="name"/>, or null when it is missing or is another option.</summary>
    private static string? Option(string[] args, string name)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null || value.StartsWith("--", StringComparison.Ordinal) ? null : value;
    }

    private static int DevTokenCommand(WebApplication app, string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var tenant = Option("--tenant") ?? "demo";
        var user = Option("--user") ?? "admin";
        var roles = args.Select((a, i) => (a, i)).Where(x => x.a == "--role" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (roles.Count == 0)
        {
            roles.Add("admin");
        }

        var hours = int.TryParse(Option("--hours"), out var h) ? h : 12;
        var lifetime = int.TryParse(Option("--seconds"), out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromHours(hours);
        var issuer = app.Services.GetRequiredService<DevTokenIssuer>();
        Console.WriteLine(issuer.Issue(tenant, user, roles, lifetime));
        return 0;
    }
}

internal sealed class SystemAccessControl : IAccessControl
{
    public Task<AccessGrant> GetGrantAsync(CancellationToken cancellationToken) => Task.FromResult(AccessGrant.System);

    public Task<AccessGrant> GetGrantForAsync(string userId, IReadOnlyCollection<string> tokenRoles, CancellationToken cancellationToken) =>
        Task.FromResult(AccessGrant.System);
}

public sealed record PluginLoadFailures(IReadOnlyList<(string Plugin, Exception Error)> Items);
