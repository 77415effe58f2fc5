using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// One file with all of one tenant's data, every module and the audit log: JSON, gzipped, encrypted with the
/// active data-protection key (it holds the decrypted contact data). A restore checks the whole file and the target
/// before it writes, and writes every module in one transaction: it succeeds as a whole or leaves the target as it was.
/// Whatever it refuses is a <see cref="CommandRefusal"/> that names the problem, never the file's contents.
/// </summary>
public sealed class TenantBackup(IEnumerable<IModuleDatabase> databases, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The name of the format; the document's <c>format</c> is this, a slash and the version.</summary>
    public const string FormatName = "salessuite-backup";

    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    public const string Format = "salessuite-backup/1";

    public Task<byte[]> ExportAsync(TenantInfo tenant, CancellationToken cancellationToken) => ExportAsync(tenant, null, cancellationToken);

    /// <summary>All of the tenant's data as an encrypted backup; <paramref name="progress"/> hears each module's rows as they are read.</summary>
    public async Task<byte[]> ExportAsync(TenantInfo tenant, Action<string, long>? progress, CancellationToken cancellationToken)
    {
        var modules = new JsonObject();
        foreach (var database in Ordered)
        {
            var part = await database.ExportAsync(tenant, cancellationToken);
            modules[database.ModuleName] = part;
            progress?.Invoke(database.ModuleName, part.Sum(t => (long)((t.Value as JsonArray)?.Count ?? 0)));
        }

        var document = new JsonObject
        {
            ["format"] = Format,
            ["tenant"] = tenant.Id,
            ["createdAt"] = clock.GetUtcNow(),
            ["modules"] = modules,
        };
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, document, cancellationToken: cancellationToken);
        }

        return Protector.ProtectBytes(buffer.ToArray());
    }

    /// <summary>A backup file's bytes; a path that does not exist, is a folder, cannot be read or is empty is refused.</summary>
    public static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CommandRefusal($"{full} is a folder, not a backup file: give the path of the file that backup --out wrote");
        }

        if (!File.Exists(full))
        {
            throw new CommandRefusal($"there is no file {full}: give the path of the file that backup --out wrote");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandRefusal($"the file {full} cannot be read ({ex.GetType().Name}): let this user read it, or copy it where it can", inner: ex);
        }

        return bytes.Length == 0
            ? throw new CommandRefusal(
                $"the file {full} is empty: it is not a backup, or its copy was cut off; copy it again from where the backup was written")
            : bytes;
    }

    /// <summary>
    /// Decrypts, unzips and parses a backup and checks its format version; <paramref name="name"/> (e.g. "the file
    /// /srv/demo.ssbak") is how a refusal names it.
    /// </summary>
    public static BackupContents Open(byte[] file, string name)
    {
        if (!Protector.TryUnprotectBytes(file, out var plain, out var keyId))
        {
            throw new CommandRefusal(
                $"{name} is damaged or was written with another key ring: copy it again from where the backup was written, " +
                "or set Database:KeyRingPath to the key ring of the installation that wrote it");
        }

        var notABackup = $"{name} opens with this key ring, but is not a SalesSuite backup: give the file that backup --out wrote";
        JsonObject document;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(plain), CompressionMode.Decompress);
            document = JsonNode.Parse(gzip) as JsonObject ?? throw new CommandRefusal(notABackup);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or InvalidOperationException)
        {
            throw new CommandRefusal(notABackup, inner: ex);
        }

        var format = Text(document["format"]);
        if (format is null || !format.StartsWith(FormatName + "/", StringComparison.Ordinal)
            || !int.TryParse(format.AsSpan(FormatName.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new CommandRefusal(notABackup);
        }

        if (version > FormatVersion)
        {
            throw new CommandRefusal(
                $"{name} is in backup format {version}, newer than format {FormatVersion}, the newest this version of SalesSuite reads: " +
                "restore it with the SalesSuite version that wrote it, or a later one");
        }

        var tenant = Text(document["tenant"]);
        if (tenant is null || tenant.Length is 0 or > 64 || !tenant.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            || document["modules"] is not JsonObject modules
            || modules.Any(m => m.Value is not JsonObject part || part.Any(t => t.Value is not JsonArray rows || rows.Any(r => r is not JsonObject))))
        {
            throw new CommandRefusal(notABackup);
        }

        var createdAt = DateTimeOffset.TryParse(Text(document["createdAt"]), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at
            : (DateTimeOffset?)null;
        return new BackupContents(tenant, version, createdAt, keyId, file.Length, modules);
    }

    public Task<long> RestoreAsync(TenantInfo tenant, byte[] backup, CancellationToken cancellationToken) =>
        RestoreAsync(tenant, Open(backup, "the backup"), null, cancellationToken);

    /// <summary>
    /// Restores an opened backup of the same tenant into its empty storage (migrated); returns the number of rows
    /// written. Refuses another tenant's backup, a module or table this installation does not have, and storage where
    /// the tenant has rows in any module, before it writes; then writes every module in one transaction per database.
    /// <paramref name="progress"/> hears each module's rows as they are written.
    /// </summary>
    public async Task<long> RestoreAsync(TenantInfo tenant, BackupContents backup, Action<string, long>? progress, CancellationToken cancellationToken)
    {
        Check(tenant, backup);
        var ordered = Ordered;
        await using var scope = scopes.CreateTenantScope(tenant);
        var contexts = new List<(string Module, ModuleDbContext Db)>();
        var transactions = new Dictionary<string, IDbContextTransaction>(StringComparer.Ordinal);
        try
        {
            // One connection and transaction per database: the first context of a database opens them, the others join.
            foreach (var database in ordered)
            {
                var db = database.CreateSystemContext(scope.ServiceProvider);
                contexts.Add((database.ModuleName, db));
                var key = db.Database.GetConnectionString() ?? string.Empty;
                if (transactions.TryGetValue(key, out var shared))
                {
                    db.Database.SetDbConnection(shared.GetDbTransaction().Connection, contextOwnsConnection: false);
                    await db.Database.UseTransactionAsync(shared.GetDbTransaction(), cancellationToken);
                }
                else
                {
                    // Serializable: SQLite takes the write lock now; PostgreSQL fails the restore rather than mix it with a concurrent writer.
                    transactions[key] = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
                }
            }

            var occupied = new List<string>();
            foreach (var (module, db) in contexts)
            {
                var tables = await TenantDataTransfer.CountAsync(db, cancellationToken);
                if (tables.Any(t => t.Rows > 0))
                {
                    occupied.Add($"{module} ({TableRows.Describe(tables)})");
                }
            }

            if (occupied.Count > 0)
            {
                throw new CommandRefusal(
                    $"tenant {tenant.Id} already has data in {string.Join(", ", occupied)}: restore needs empty storage; restore into a new database " +
                    "(Database:ConnectionString, or the tenant's own ConnectionString under Tenancy:Tenants), or remove the tenant's data first");
            }

            var staged = contexts.Select(c => TenantDataTransfer.Stage(c.Db, c.Module, backup.Modules[c.Module] as JsonObject ?? new JsonObject())).ToList();
            long written = 0;
            for (var i = 0; i < contexts.Count; i++)
            {
                var (module, db) = contexts[i];
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new RestoreFailedException(module, ex);
                }

                written += staged[i];
                progress?.Invoke(module, staged[i]);
            }

            foreach (var transaction in transactions.Values)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            // Uncommitted, a transaction rolls back here: nothing of the restore stays.
            foreach (var transaction in transactions.Values)
            {
                await transaction.DisposeAsync();
            }

            foreach (var (_, db) in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Refuses a backup that cannot be restored as <paramref name="tenant"/> whatever the target holds: another tenant's,
    /// or one with rows of a module this installation does not run. Needs no database.
    /// </summary>
    public void Check(TenantInfo tenant, BackupContents backup)
    {
        if (!string.Equals(backup.Tenant, tenant.Id, StringComparison.Ordinal))
        {
            throw new CommandRefusal(
                $"a backup of tenant {backup.Tenant} cannot be restored as {tenant.Id}: its audit chain is sealed with its tenant id; restore it with " +
                $"--tenant {backup.Tenant}");
        }

        if (UnknownModules(backup).FirstOrDefault() is { } module)
        {
            throw new CommandRefusal(
                $"the backup holds {TableRows.Count(module.Total)} of module {module.Module}, which this installation does not run: install or enable the " +
                "module (or its plugin), then restore again");
        }
    }

    /// <summary>The backup's modules that have rows and that this installation does not run.</summary>
    public IEnumerable<ModuleRows> UnknownModules(BackupContents backup) =>
        backup.Rows.Where(m => m.Total > 0 && databases.All(d => d.ModuleName != m.Module));

    private List<IModuleDatabase> Ordered => [.. databases.OrderBy(d => d.ModuleName, StringComparer.Ordinal)];

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static FieldProtector Protector => FieldProtector.Current ?? throw new InvalidOperationException("No data protection key ring is loaded.");
}

/// <summary>An opened backup: whose it is, its format version, when it was written, with which key, and its rows.</summary>
public sealed record BackupContents(string Tenant, int FormatVersion, DateTimeOffset? CreatedAt, string KeyId, long Bytes, JsonObject Modules)
{
    /// <summary>The rows of each module, by table, in the backup's order.</summary>
    public IReadOnlyList<ModuleRows> Rows =>
        [.. Modules.Select(m => new ModuleRows(m.Key, [.. ((JsonObject)m.Value!).Select(t => new TableRows(t.Key, ((JsonArray)t.Value!).Count))]))];

    public long TotalRows => Rows.Sum(m => m.Total);
}

/// <summary>A module's rows in a backup or a database, by table.</summary>
public sealed record ModuleRows(string Module, IReadOnlyList<TableRows> Tables)
{
    public long Total => Tables.Sum(t => t.Rows);
}

/// <summary>The rows of one table (an entity type, e.g. Customer); aggregates (customers, orders) come first when described.</summary>
public sealed record TableRows(string Table, long Rows, bool IsAggregate = false)
{
    /// <summary>E.g. "290 customers, 580 contacts, and 3 more tables": the tables that have rows, aggregates first, at most two.</summary>
    public static string Describe(IEnumerable<TableRows> tables)
    {
        var filled = tables.Where(t => t.Rows > 0).OrderByDescending(t => t.IsAggregate).ThenBy(t => t.Table, StringComparer.Ordinal).ToList();
        var named = filled.Take(2).Select(t => $"{t.Rows} {Plural(t.Table, t.Rows)}");
        return string.Join(", ", named) + (filled.Count > 2 ? $" and {filled.Count - 2} more tables" : "");
    }

    /// <summary>"1 row", "2 rows".</summary>
    public static string Count(long rows) => rows == 1 ? "1 row" : $"{rows} rows";

    /// <summary>"Customer" to "customers", "Opportunity" to "opportunities", "AuditRecord" to "audit records".</summary>
    private static string Plural(string table, long rows)
    {
        var words = string.Concat(table.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        if (rows == 1)
        {
            return words;
        }

        return words.EndsWith('y') && words.Length > 1 && !"aeiou".Contains(words[^2]) ? words[..^1] + "ies"
            : words.EndsWith('s') || words.EndsWith('x') || words.EndsWith("ch", StringComparison.Ordinal) || words.EndsWith("sh", StringComparison.Ordinal)
                ? words + "es"
            : words + "s";
    }
}

/// <summary>Writing a module's rows failed part-way through a restore; the restore's transaction was rolled back.</summary>
public sealed class RestoreFailedException(string module, Exception inner)
    : Exception($"Writing the rows of module {module} failed, so the restore was rolled back and the database is as it was before", inner)
{
    public string Module { get; } = module;
}
