using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;

/// <summary>
/// Changes owner, level and tags of many customers at once, all or nothing: an id you cannot see is NOT_FOUND, a new
/// owner outside your scope FORBIDDEN (as for createCustomer), and with versions (one per id) a customer changed since
/// you read it is a CONFLICT. The list's length is capped by the request limits (GraphQL:MaxListItems).
/// </summary>
internal sealed class BulkUpdateCustomersHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<List<Customer>> HandleAsync(BulkUpdateCustomersInput input, CancellationToken ct)
    {
        var validator = new Validator();
        await using var db = contexts.Create();
        var classifications = input.Level.HasValue ? await db.LoadClassificationsAsync(ct) : new Classifications(new HashSet<string>(), new HashSet<string>());
        var (ids, addTags) = BulkUpdateCustomersValidator.Check(input, classifications, validator);
        validator.ThrowIfInvalid();
        var customers = (await db.Customers.AsTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id);
        if (ids.FirstOrDefault(id => !customers.ContainsKey(id)) is var missing && missing != Guid.Empty)
        {
            throw AppException.NotFound("Customer", GlobalId.Encode("Customer", missing));
        }

        var ordered = ids.Select(id => customers[id]).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var customer = ordered[i];
            db.ExpectVersion(customer, input.Versions?[i]);
            if (input.Level.HasValue)
            {
                customer.Edit(new CustomerDetails { Level = new(input.Level.Value) });
            }

            if ((addTags.Count > 0 || input.RemoveTags.Count > 0) && !customer.Retag(addTags, input.RemoveTags))
            {
                validator.Add($"ids[{i}]", $"customer '{customer.Name}' would have more than {Customer.MaxTags} tags.");
            }

            db.Touch(customer);
        }

        validator.ThrowIfInvalid();
        if (input.OwnerId.Value is { } owner)
        {
            foreach (var customer in ordered)
            {
                customer.AssignTo(owner);
                db.Touch(customer);
            }
        }

        await db.SaveChangesAsync(ct);
        return ordered;
    }
}
