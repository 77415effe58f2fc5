using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// One file with all of one tenant's data, every module and the audit log: JSON, gzipped, encrypted with the
/// active data-protection key (it holds the decrypted contact data). Restore goes into an empty tenant storage.
/// </summary>
public sealed class TenantBackup(IEnumerable<IModuleDatabase> databases, TimeProvider clock)
{
    public const string Format = "salessuite-backup/1";

    public async Task<byte[]> ExportAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        var modules = new JsonObject();
        foreach (var database in databases.OrderBy(d => d.ModuleName, StringComparer.Ordinal))
        {
            modules[database.ModuleName] = await database.ExportAsync(tenant, cancellationToken);
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

    /// <summary>Restores a backup of the same tenant into its (empty) storage; returns the number of rows written.</summary>
    public async Task<int> RestoreAsync(TenantInfo tenant, byte[] backup, CancellationToken cancellationToken)
    {
        using var plain = new MemoryStream(Protector.UnprotectBytes(backup));
        await using var gzip = new GZipStream(plain, CompressionMode.Decompress);
        var document = await JsonSerializer.DeserializeAsync<JsonObject>(gzip, cancellationToken: cancellationToken)
            ?? throw new AppException(ErrorCodes.Validation, "The backup is empty.");
        if ((string?)document["format"] != Format)
        {
            throw new AppException(ErrorCodes.Validation, "This is not a SalesSuite backup of a known format.");
        }

        if ((string?)document["tenant"] != tenant.Id)
        {
            throw new AppException(ErrorCodes.Validation,
                $"The backup belongs to tenant '{document["tenant"]}', not '{tenant.Id}': its audit chain is sealed with its tenant id.");
        }

        var rows = 0;
        foreach (var database in databases.OrderBy(d => d.ModuleName, StringComparer.Ordinal))
        {
            if (document["modules"]?[database.ModuleName] is JsonObject part)
            {
                rows += await database.ImportAsync(tenant, part, cancellationToken);
            }
        }

        return rows;
    }

    private static FieldProtector Protector => FieldProtector.Current ?? throw new InvalidOperationException("No data protection key ring is loaded.");
}
