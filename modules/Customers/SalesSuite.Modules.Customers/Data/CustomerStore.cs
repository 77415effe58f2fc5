using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Data;

/// <summary>The reads the Customers features share: a customer to change, the contact's customer, the tenant's classifications.</summary>
internal static class CustomerStore
{
    /// <summary>A visible customer, tracked (with its contacts when asked); NOT_FOUND otherwise.</summary>
    public static async Task<Customer> LoadCustomerAsync(this CustomersDbContext db, Guid id, CancellationToken ct, bool withContacts = false)
    {
        var query = db.Customers.AsTracking();
        if (withContacts)
        {
            query = query.Include(c => c.Contacts);
        }

        return await query.FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw AppException.NotFound("Customer", GlobalId.Encode("Customer", id));
    }

    /// <summary>The customer of a visible contact, tracked with its contacts; NOT_FOUND (naming <paramref name="globalId"/>) otherwise.</summary>
    public static async Task<Customer> LoadCustomerOfContactAsync(this CustomersDbContext db, Guid contactId, string globalId, CancellationToken ct)
    {
        var customerId = await db.Contacts.Where(c => c.Id == contactId).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("Contact", globalId);
        return await db.LoadCustomerAsync(customerId, ct, withContacts: true);
    }

    public static async Task<Classifications> LoadClassificationsAsync(this CustomersDbContext db, CancellationToken ct) => new(
        (await db.Levels.Select(l => l.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.Categories.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));
}
