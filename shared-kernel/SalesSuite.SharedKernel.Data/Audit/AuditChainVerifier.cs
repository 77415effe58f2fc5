using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

public sealed record AuditVerification(bool Valid, long CheckedEntries, long? FirstBrokenSequence, Guid? FirstBrokenId, string? Reason);

/// <summary>Walks the current tenant's audit chain in order and names the first entry that was edited, removed or reordered.</summary>
public sealed class AuditChainVerifier(ModuleDbContextFactory<AuditDbContext> contexts)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        long expected = 1;
        var previous = string.Empty;
        await foreach (var entry in db.Entries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? reason = null;
            if (entry.Sequence != expected)
            {
                reason = $"expected entry {expected} but found {entry.Sequence}: an entry is missing";
            }
            else if (entry.PreviousHash != previous)
            {
                reason = "its link to the previous entry does not match";
            }
            else if (entry.ComputeHash() != entry.Hash)
            {
                reason = "its content does not match its hash: it was changed";
            }

            if (reason is not null)
            {
                return new AuditVerification(false, expected - 1, entry.Sequence, entry.Id, reason);
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, null, null, null);
    }
}
