using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.RevertCustomerImport;

internal sealed class RevertCustomerImportHandler(ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    private const int SaveBatchSize = 1000;

    /// <summary>
    /// Undoes a completed import as a whole: deletes the customers it created and, on the customers it merged into, removes
    /// the contacts it added, clears the fields it filled and removes the tags it added. Refused with CONFLICT when any of
    /// those customers changed since the import (its version moved: an edit, a contact, an archive, a new opportunity or
    /// order moving its lifecycle) or a created one has interactions, or is no longer visible to you.
    /// </summary>
    public async Task<CustomerImport> HandleAsync(RevertCustomerImportInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = GlobalId.Decode(input.Id, "CustomerImport", "id");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw AppException.NotFound("CustomerImport", GlobalId.Encode("CustomerImport", id));
        import.CheckRevertible();

        var rows = (await db.ImportRows.Where(r => r.ImportId == id && r.CustomerId != null).ToListAsync(ct)).ToLookup(r => r.CustomerId!.Value);
        var createdIds = rows.SelectMany(g => g).Where(r => r.Outcome == ImportOutcome.Created).Select(r => r.CustomerId!.Value).ToList();
        foreach (var chunk in createdIds.Chunk(SaveBatchSize))
        {
            if (await db.Interactions.AnyAsync(i => chunk.Contains(i.CustomerId), ct))
            {
                throw new AppException(ErrorCodes.Conflict,
                    "The import cannot be reverted: customers it created have interactions logged since. Nothing was changed.");
            }
        }

        // In batches, in one transaction: a conflict found in a later batch rolls back the earlier ones.
        var created = createdIds.ToHashSet();
        foreach (var chunk in rows.Select(g => g.Key).Chunk(SaveBatchSize))
        {
            var customers = await db.Customers.AsTracking().Include(c => c.Contacts).Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            var changed = customers.FirstOrDefault(c => c.Version != rows[c.Id].Max(r => r.CustomerVersion));
            if (customers.Count != chunk.Length || changed is not null)
            {
                throw new AppException(ErrorCodes.Conflict, "The import cannot be reverted: " + (changed is not null
                    ? $"customer '{changed.Name}' (and maybe others) changed since. Nothing was changed."
                    : "some of its customers are gone or outside your scope. Nothing was changed."));
            }

            foreach (var customer in customers)
            {
                if (created.Contains(customer.Id))
                {
                    db.Customers.Remove(customer);
                    continue;
                }

                foreach (var row in rows[customer.Id])
                {
                    Unmerge(db, customer, row);
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        db.Attach(import);
        import.Revert(clock.GetUtcNow(), user.UserIdOrThrow);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return import;
    }

    private static void Unmerge(CustomersDbContext db, Customer customer, CustomerImportRow row)
    {
        if (row.AddedContactId is { } contactId && customer.Contacts.Any(c => c.Id == contactId))
        {
            db.Contacts.Remove(customer.RemoveContact(contactId));
        }

        customer.Clear(row.FilledFields);
        if (row.AddedTags.Count > 0)
        {
            customer.RemoveTags(row.AddedTags);
        }

        db.Touch(customer);
    }

    /// <summary>Two contacts are one person when their emails are equal; when either has no email, when their names are (ignoring case).</summary>
}
