using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Features.ImportHistory;

/// <summary>Writes an imported book of customers with its dates (<see cref="ICustomerHistoryImport"/>).</summary>
internal sealed class ImportHistoryHandler(ModuleDbContextFactory<CustomersDbContext> contexts, TimeProvider clock) : ICustomerHistoryImport
{
    public async Task<int> ImportAsync(CustomerHistory history, CancellationToken cancellationToken)
    {
        HashSet<Guid> customerIds, interactionIds;
        HashSet<string> levelCodes, categoryCodes;
        await using (var db = contexts.CreateForSystem())
        {
            var ids = history.Customers.Select(c => c.Id).ToList();
            customerIds = [.. await db.Customers.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)];
            var timeline = history.Interactions.Select(i => i.Id).ToList();
            interactionIds = [.. await db.Interactions.Where(i => timeline.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)];
            levelCodes = [.. await db.Levels.Select(l => l.Code).ToListAsync(cancellationToken)];
            categoryCodes = [.. await db.Categories.Select(c => c.Code).ToListAsync(cancellationToken)];
        }

        var customers = history.Customers.Where(c => !customerIds.Contains(c.Id)).ToList();
        var first = customers.Count == 0 ? clock.GetUtcNow() : customers.Min(c => c.RegisteredAt);
        var last = customers.Count == 0 ? first : customers.Max(c => c.RegisteredAt);
        var items = new List<(DateTimeOffset, Action<CustomersDbContext>)>
        {
            (first, db =>
            {
                db.Levels.AddRange(history.Levels.Where(l => !levelCodes.Contains(l.Code))
                    .Select(l => new CustomerLevel { Code = l.Code, Name = l.Name, Rank = l.Rank }));
                db.Categories.AddRange(history.Categories.Where(c => !categoryCodes.Contains(c.Code))
                    .Select(c => new CustomerCategory { Code = c.Code, Name = c.Name }));
            }),
        };
        items.AddRange(customers.Select(record => (record.RegisteredAt, (Action<CustomersDbContext>)(db => db.Customers.Add(ToCustomer(record))))));

        // Interactions carry no stamps: they go in the last save, with the last customers they may refer to.
        var interactions = history.Interactions.Where(i => !interactionIds.Contains(i.Id)).Select(ToInteraction).ToList();
        items.Add((last, db => db.Interactions.AddRange(interactions)));
        await DatedImport.SaveAsync(contexts, items, cancellationToken);
        return customers.Count;
    }

    private static Customer ToCustomer(CustomerHistoryRecord record)
    {
        var kind = record.IsPerson ? CustomerKind.Person : CustomerKind.Company;
        var customer = DatedImport.WithId(Customer.Register(record.Name, kind, record.OwnerId, []), record.Id);
        for (var i = 0; i < record.Contacts.Count; i++)
        {
            var contact = new Contact { Name = record.Contacts[i].Name, Title = record.Contacts[i].Title };
            if (record.Contacts[i].Phone is { } phone)
            {
                contact.SetPhone(phone);
            }

            contact.SetEmail(record.Contacts[i].Email);
            customer.AddContact(contact, primary: i == 0);
        }

        customer.Edit(new CustomerDetails
        {
            Level = new(record.Level),
            Category = new(record.Category),
            Industry = new(record.Industry),
            Source = new(record.Source),
            Region = new(record.Region),
            Address = new Dictionary<string, string?>
            {
                ["line1"] = record.AddressLine1,
                ["city"] = record.City,
                ["state"] = record.State,
                ["postalCode"] = record.PostalCode,
                ["country"] = record.Country,
            },
            Tags = record.Tags,
        });
        switch (record.Lifecycle)
        {
            case CustomerLifecycle.Prospect:
                customer.OpportunityOpened();
                break;
            case CustomerLifecycle.Customer:
                customer.DealWon();
                break;
            case CustomerLifecycle.RepeatCustomer:
                customer.RecordPurchase();
                customer.RecordPurchase();
                break;
        }

        return customer;
    }

    private static Interaction ToInteraction(InteractionHistoryRecord record) => DatedImport.WithId(new Interaction
    {
        CustomerId = record.CustomerId,
        Kind = record.Channel switch
        {
            InteractionChannel.Call => InteractionKind.Call,
            InteractionChannel.Visit => InteractionKind.Visit,
            InteractionChannel.Email => InteractionKind.Email,
            _ => InteractionKind.Note,
        },
        Subject = record.Subject,
        Notes = record.Notes,
        OccurredAt = record.OccurredAt,
        CreatedBy = record.CreatedBy,
        NextFollowUpAt = record.NextFollowUpAt,
    }, record.Id);
}
