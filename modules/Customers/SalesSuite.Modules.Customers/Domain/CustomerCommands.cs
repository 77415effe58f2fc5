using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>The Customers module's write side: validates the whole input, then changes and saves in one transaction.</summary>
internal sealed class CustomerCommands(ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, TimeProvider clock, IServiceProvider services)
{
    public async Task<Customer> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var customer = NewCustomer(input, user.UserIdOrThrow, await Classifications.LoadAsync(db, ct), validator);
        validator.ThrowIfInvalid();
        if (!input.Has("ownerId") && services.GetService<IAssignmentRules>() is { } rules
            && await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Customer, customer.Id, customer.Region, customer.Level, customer.Source,
                string.Join(' ', new[] { customer.Category, customer.Industry }.OfType<string>())), ct) is { } decision)
        {
            customer.OwnerId = decision.OwnerId;
            db.AllowOwner(decision.OwnerId);
        }

        db.Customers.Add(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    /// <summary>
    /// A new customer from a CreateCustomerInput-shaped input, checked by every rule of createCustomer; not saved.
    /// The problems go to <paramref name="validator"/> under the input's field paths. The CSV import uses it per row.
    /// </summary>
    internal static Customer NewCustomer(InputReader input, string defaultOwner, Classifications classifications, Validator validator)
    {
        var customer = new Customer { OwnerId = defaultOwner };
        validator.Required("name", input.String("name"), 200);
        customer.Rename(input.String("name") ?? string.Empty);
        customer.Kind = input.Value<CustomerKind>("kind") ?? CustomerKind.Company;
        ApplyClassification(input, customer, validator, classifications);
        ApplyDetails(input, customer, validator);
        var contacts = input.Objects("contacts");
        if (contacts.Count > Customer.MaxContacts)
        {
            validator.Add("contacts", $"may hold at most {Customer.MaxContacts} contacts.");
        }

        foreach (var contactInput in contacts)
        {
            var contact = new Contact();
            ApplyContact(contactInput, contact, validator, creating: true);
            customer.Contacts.Add(contact);
        }

        EnsureOnePrimary(customer.Contacts);
        return customer;
    }

    public async Task<Customer> UpdateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("id", "Customer"), ct);
        db.ExpectVersion(customer, input.Value<long>("version"));
        var validator = new Validator();
        if (input.Has("name"))
        {
            validator.Required("name", input.String("name"), 200);
            if (input.String("name") is { } name)
            {
                customer.Rename(name);
            }
        }

        if (input.Has("kind"))
        {
            customer.Kind = input.Value<CustomerKind>("kind") ?? throw InputReader.Invalid("kind", "cannot be cleared.");
        }

        ApplyClassification(input, customer, validator, await Classifications.LoadAsync(db, ct));
        ApplyDetails(input, customer, validator);
        validator.ThrowIfInvalid();
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    public async Task<Customer> SetArchivedAsync(InputReader input, bool archived, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("id", "Customer"), ct);
        db.ExpectVersion(customer, input.Value<long>("version"));
        customer.ArchivedAt = archived ? customer.ArchivedAt ?? clock.GetUtcNow() : null;
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    /// <summary>Moves every customer of one owner (within your scope) to another owner, e.g. when a rep leaves.</summary>
    public async Task<int> ReassignAsync(InputReader input, CancellationToken ct)
    {
        var from = input.String("fromOwnerId");
        var to = input.String("toOwnerId");
        var validator = new Validator().Required("fromOwnerId", from, 64).Required("toOwnerId", to, 64);
        if (from is not null && from == to)
        {
            validator.Add("toOwnerId", "must differ from fromOwnerId.");
        }

        validator.ThrowIfInvalid();
        await using var db = contexts.Create();
        var customers = await db.Customers.AsTracking().Where(c => c.OwnerId == from).ToListAsync(ct);
        GiveTo(db, customers, to!);
        await db.SaveChangesAsync(ct);
        return customers.Count;
    }

    /// <summary>
    /// Changes owner, level and tags of many customers at once, all or nothing: an id you cannot see is NOT_FOUND, a new
    /// owner outside your scope FORBIDDEN (as for createCustomer), and with versions (one per id) a customer changed since
    /// you read it is a CONFLICT. The list's length is capped by the request limits (GraphQL:MaxListItems).
    /// </summary>
    public async Task<List<Customer>> BulkUpdateAsync(InputReader input, CancellationToken ct)
    {
        var validator = new Validator();
        var rawIds = input.Strings("ids") ?? [];
        var ids = rawIds.Select((id, i) => GlobalId.Decode(id, "Customer", $"ids[{i}]")).ToList();
        if (ids.Count == 0)
        {
            validator.Add("ids", "must name at least one customer.");
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            validator.Add("ids", "names a customer more than once.");
        }

        var versions = input.Values<long>("versions");
        if (versions is not null && versions.Count != ids.Count)
        {
            validator.Add("versions", "must have one version for each id, in the same order.");
        }

        var owner = input.String("ownerId");
        if (input.Has("ownerId"))
        {
            validator.Required("ownerId", owner, 64);
        }

        var addTags = CheckTags(validator, "addTags", input.Strings("addTags") ?? []);
        var removeTags = input.Strings("removeTags") ?? [];
        if (!input.Has("ownerId") && !input.Has("level") && addTags.Count == 0 && removeTags.Count == 0)
        {
            validator.Add("input", "changes nothing: send ownerId, level, addTags or removeTags.");
        }

        await using var db = contexts.Create();
        if (input.Has("level"))
        {
            (await Classifications.LoadAsync(db, ct)).CheckLevel(validator, "level", input.String("level"));
        }

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
            db.ExpectVersion(customer, versions?[i]);
            if (input.Has("level"))
            {
                customer.Level = input.String("level");
            }

            if (addTags.Count > 0 || removeTags.Count > 0)
            {
                var tags = customer.Tags.Where(t => !removeTags.Contains(t, StringComparer.OrdinalIgnoreCase)).Concat(addTags);
                var check = new Validator();
                customer.Tags = CheckTags(check, "addTags", tags);
                if (!check.IsValid)
                {
                    validator.Add($"ids[{i}]", $"customer '{customer.Name}' would have more than {Customer.MaxTags} tags.");
                }
            }

            db.Touch(customer);
        }

        validator.ThrowIfInvalid();
        if (owner is not null)
        {
            GiveTo(db, ordered, owner);
        }

        await db.SaveChangesAsync(ct);
        return ordered;
    }

    /// <summary>Gives customers to another owner; saving refuses (FORBIDDEN) an owner outside the user's scope.</summary>
    private static void GiveTo(CustomersDbContext db, IEnumerable<Customer> customers, string owner)
    {
        foreach (var customer in customers)
        {
            customer.OwnerId = owner;
            db.Touch(customer);
        }
    }

    public async Task<(Contact Contact, Customer Customer)> AddContactAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("customerId", "Customer"), ct, withContacts: true);
        if (customer.Contacts.Count >= Customer.MaxContacts)
        {
            throw InputReader.Invalid("customerId", $"already has {Customer.MaxContacts} contacts, the most a customer can have.");
        }

        var validator = new Validator();
        var contact = new Contact();
        ApplyContact(input, contact, validator, creating: true);
        validator.ThrowIfInvalid();
        contact.CustomerId = customer.Id;
        db.Contacts.Add(contact);
        if (!customer.Contacts.Contains(contact))
        {
            customer.Contacts.Add(contact);
        }
        if (contact.IsPrimary)
        {
            customer.Contacts.Where(c => c != contact).ToList().ForEach(c => c.IsPrimary = false);
        }

        EnsureOnePrimary(customer.Contacts);
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return (contact, customer);
    }

    public async Task<(Contact Contact, Customer Customer)> UpdateContactAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var contactId = input.Id("id", "Contact");
        var customerId = await db.Contacts.Where(c => c.Id == contactId).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("Contact", input.String("id")!);
        var customer = await LoadAsync(db, customerId, ct, withContacts: true);
        var contact = customer.Contacts.Single(c => c.Id == contactId);
        var validator = new Validator();
        ApplyContact(input, contact, validator, creating: false);
        validator.ThrowIfInvalid();
        if (input.Value<bool>("isPrimary") == true)
        {
            customer.Contacts.Where(c => c != contact).ToList().ForEach(c => c.IsPrimary = false);
        }

        EnsureOnePrimary(customer.Contacts);
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return (contact, customer);
    }

    public async Task<Customer> RemoveContactAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var contactId = input.Id("id", "Contact");
        var customerId = await db.Contacts.Where(c => c.Id == contactId).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("Contact", input.String("id")!);
        var customer = await LoadAsync(db, customerId, ct, withContacts: true);
        var contact = customer.Contacts.Single(c => c.Id == contactId);
        customer.Contacts.Remove(contact);
        db.Contacts.Remove(contact);
        EnsureOnePrimary(customer.Contacts);
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    public async Task<Interaction> LogInteractionAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("customerId", "Customer"), ct);
        var validator = new Validator();
        validator.Required("subject", input.String("subject"), 200).MaxLength("notes", input.String("notes"), 4000);
        var now = clock.GetUtcNow();
        var occurredAt = input.Value<DateTimeOffset>("occurredAt")?.ToUniversalTime() ?? now;
        if (occurredAt > now.AddMinutes(5))
        {
            validator.Add("occurredAt", "cannot be in the future.");
        }

        var followUp = input.Value<DateTimeOffset>("nextFollowUpAt")?.ToUniversalTime();
        if (followUp is { } f && f < occurredAt)
        {
            validator.Add("nextFollowUpAt", "must be after the interaction.");
        }

        validator.ThrowIfInvalid();
        var interaction = new Interaction
        {
            CustomerId = customer.Id,
            Kind = input.Value<InteractionKind>("kind")!.Value,
            Subject = input.String("subject")!,
            Notes = input.String("notes"),
            OccurredAt = occurredAt,
            CreatedBy = user.UserIdOrThrow,
            NextFollowUpAt = followUp,
        };
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        return interaction;
    }

    public async Task<Interaction> CompleteFollowUpAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = input.Id("id", "Interaction");
        var interaction = await db.Interactions.AsTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw AppException.NotFound("Interaction", input.String("id")!);
        if (interaction.NextFollowUpAt is null)
        {
            throw InputReader.Invalid("id", "has no follow-up to complete.");
        }

        interaction.FollowUpDoneAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return interaction;
    }

    public async Task<CustomerLevel> DefineLevelAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var code = input.String("code");
        validator.Required("code", code, 32).Required("name", input.String("name"), 100);
        var rank = input.Value<int>("rank") ?? 0;
        if (rank is < 1 or > 100)
        {
            validator.Add("rank", "must be between 1 and 100.");
        }

        validator.ThrowIfInvalid();
        var level = await db.Levels.AsTracking().FirstOrDefaultAsync(l => l.Code == code, ct);
        if (level is null)
        {
            level = new CustomerLevel { Code = code! };
            db.Levels.Add(level);
        }

        level.Name = input.String("name")!;
        level.Rank = rank;
        await db.SaveChangesAsync(ct);
        return level;
    }

    public async Task<CustomerCategory> DefineCategoryAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var code = input.String("code");
        validator.Required("code", code, 32).Required("name", input.String("name"), 100);
        validator.ThrowIfInvalid();
        var category = await db.Categories.AsTracking().FirstOrDefaultAsync(l => l.Code == code, ct);
        if (category is null)
        {
            category = new CustomerCategory { Code = code! };
            db.Categories.Add(category);
        }

        category.Name = input.String("name")!;
        await db.SaveChangesAsync(ct);
        return category;
    }

    private static async Task<Customer> LoadAsync(CustomersDbContext db, Guid id, CancellationToken ct, bool withContacts = false)
    {
        var query = db.Customers.AsTracking();
        if (withContacts)
        {
            query = query.Include(c => c.Contacts);
        }

        return await query.FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw AppException.NotFound("Customer", GlobalId.Encode("Customer", id));
    }

    private static void ApplyClassification(InputReader input, Customer customer, Validator validator, Classifications classifications)
    {
        if (input.Has("level"))
        {
            var level = input.String("level");
            classifications.CheckLevel(validator, "level", level);
            customer.Level = level;
        }

        if (input.Has("category"))
        {
            var category = input.String("category");
            if (category is not null && !classifications.Categories.Contains(category))
            {
                validator.Add("category", $"'{category}' is not one of this tenant's customer categories.");
            }

            customer.Category = category;
        }
    }

    private static void ApplyDetails(InputReader input, Customer customer, Validator validator)
    {
        if (input.Has("industry"))
        {
            validator.MaxLength("industry", customer.Industry = input.String("industry"), 100);
        }

        if (input.Has("source"))
        {
            validator.MaxLength("source", customer.Source = input.String("source"), 100);
        }

        if (input.Has("region"))
        {
            validator.MaxLength("region", customer.Region = input.String("region"), 100);
        }

        if (input.Has("ownerId"))
        {
            var owner = input.String("ownerId");
            validator.Required("ownerId", owner, 64);
            if (owner is not null)
            {
                customer.OwnerId = owner;
            }
        }

        if (input.Has("tags"))
        {
            customer.Tags = CheckTags(validator, "tags", input.Strings("tags") ?? []);
        }

        if (input.Has("address"))
        {
            // Change the tracked instance (not a new one) so that the audit log sees the changed fields.
            var address = input.Object("address");
            customer.Address ??= new Address();
            customer.Address.Line1 = address?.String("line1");
            customer.Address.City = address?.String("city");
            customer.Address.State = address?.String("state");
            customer.Address.PostalCode = address?.String("postalCode");
            customer.Address.Country = address?.String("country");
            validator.MaxLength("address.line1", customer.Address.Line1, 200).MaxLength("address.city", customer.Address.City, 100)
                .MaxLength("address.state", customer.Address.State, 100).MaxLength("address.postalCode", customer.Address.PostalCode, 20)
                .MaxLength("address.country", customer.Address.Country, 100);
        }
    }

    /// <summary>The tags as a customer keeps them (trimmed, no empty ones, no case-insensitive repeats), checked against the limits.</summary>
    internal static List<string> CheckTags(Validator validator, string field, IEnumerable<string> tags)
    {
        var kept = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (kept.Count > Customer.MaxTags)
        {
            validator.Add(field, $"may hold at most {Customer.MaxTags} tags.");
        }

        if (kept.Any(t => t.Length > 40))
        {
            validator.Add(field, "each tag must be at most 40 characters long.");
        }

        return kept;
    }

    private static void ApplyContact(InputReader input, Contact contact, Validator validator, bool creating)
    {
        if (creating || input.Has("name"))
        {
            validator.Required(input.FieldPath("name"), input.String("name"), 200);
            contact.Name = input.String("name") ?? contact.Name;
        }

        if (input.Has("title"))
        {
            validator.MaxLength(input.FieldPath("title"), contact.Title = input.String("title"), 100);
        }

        if (input.Has("phone"))
        {
            var phone = input.String("phone");
            validator.Phone(input.FieldPath("phone"), phone);
            contact.SetPhone(phone);
        }

        if (input.Has("email"))
        {
            var email = input.String("email");
            validator.Email(input.FieldPath("email"), email);
            contact.SetEmail(email);
        }

        if (input.Has("isPrimary"))
        {
            contact.IsPrimary = input.Value<bool>("isPrimary") ?? false;
        }
    }

    internal static void EnsureOnePrimary(List<Contact> contacts)
    {
        if (contacts.Count > 0 && !contacts.Any(c => c.IsPrimary))
        {
            contacts[0].IsPrimary = true;
        }

        var primaries = contacts.Where(c => c.IsPrimary).Distinct().ToList();
        foreach (var extra in primaries.Skip(1))
        {
            extra.IsPrimary = false;
        }
    }
}

/// <summary>The tenant's customer level and category codes, read once per command (the import checks thousands of rows against them).</summary>
internal sealed record Classifications(IReadOnlySet<string> Levels, IReadOnlySet<string> Categories)
{
    public static async Task<Classifications> LoadAsync(CustomersDbContext db, CancellationToken ct) => new(
        (await db.Levels.Select(l => l.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.Categories.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));

    public void CheckLevel(Validator validator, string field, string? level)
    {
        if (level is not null && !Levels.Contains(level))
        {
            validator.Add(field, $"'{level}' is not one of this tenant's customer levels.");
        }
    }
}
