using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>The Customers module's write side: validates the whole input, then changes and saves in one transaction.</summary>
/// <remarks>The Automation module may be disabled: its assignment rules come as a sequence, empty when it is off.</remarks>
internal sealed class CustomerCommands(
    ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, TimeProvider clock, IEnumerable<IAssignmentRules> assignmentRules)
{
    public async Task<Customer> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var draft = NewCustomer(input, user.UserIdOrThrow, await Classifications.LoadAsync(db, ct), validator);
        validator.ThrowIfInvalid();
        var customer = draft!; // valid input makes a customer
        if (!input.Has("ownerId") && assignmentRules.FirstOrDefault() is { } rules
            && await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Customer, customer.Id, customer.Region, customer.Level, customer.Source,
                string.Join(' ', new[] { customer.Category, customer.Industry }.OfType<string>())), ct) is { } decision)
        {
            customer.AssignTo(decision.OwnerId);
            db.AllowOwner(decision.OwnerId);
        }

        db.Customers.Add(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    /// <summary>
    /// A new customer from a CreateCustomerInput-shaped input, checked by every rule of createCustomer; not saved.
    /// The problems go to <paramref name="validator"/> under the input's field paths, and then there is no customer (null).
    /// The CSV import uses it per row.
    /// </summary>
    internal static Customer? NewCustomer(InputReader input, string defaultOwner, Classifications classifications, Validator validator)
    {
        validator.Required("name", input.String("name"), 200);
        var kind = input.Value<CustomerKind>("kind") ?? CustomerKind.Company;
        var details = ReadDetails(input, validator, classifications);
        var contactInputs = input.Objects("contacts");
        if (contactInputs.Count > Customer.MaxContacts)
        {
            validator.Add("contacts", $"may hold at most {Customer.MaxContacts} contacts.");
        }

        var contacts = contactInputs.Select(contactInput =>
        {
            var contact = new Contact();
            return (contact, ReadContact(contactInput, contact, validator, creating: true) ?? false);
        }).ToList();
        if (!validator.IsValid)
        {
            return null;
        }

        var customer = Customer.Register(input.String("name")!, kind, details.OwnerId ?? defaultOwner, contacts);
        customer.Edit(details);
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
        }

        var kind = input.Has("kind") ? input.Value<CustomerKind>("kind") ?? throw InputReader.Invalid("kind", "cannot be cleared.") : (CustomerKind?)null;
        var details = ReadDetails(input, validator, await Classifications.LoadAsync(db, ct));
        validator.ThrowIfInvalid();
        customer.Edit(details with { Name = input.String("name"), Kind = kind });
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }

    public async Task<Customer> SetArchivedAsync(InputReader input, bool archived, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("id", "Customer"), ct);
        db.ExpectVersion(customer, input.Value<long>("version"));
        if (archived)
        {
            customer.Archive(clock.GetUtcNow());
        }
        else
        {
            customer.Restore();
        }

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

        var addTags = Customer.KeepTags(validator, "addTags", input.Strings("addTags") ?? []);
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
                customer.Edit(new CustomerDetails { Level = new(input.String("level")) });
            }

            if ((addTags.Count > 0 || removeTags.Count > 0) && !customer.Retag(addTags, removeTags))
            {
                validator.Add($"ids[{i}]", $"customer '{customer.Name}' would have more than {Customer.MaxTags} tags.");
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
            customer.AssignTo(owner);
            db.Touch(customer);
        }
    }

    public async Task<(Contact Contact, Customer Customer)> AddContactAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await LoadAsync(db, input.Id("customerId", "Customer"), ct, withContacts: true);
        customer.EnsureRoomForContact();
        var validator = new Validator();
        var contact = new Contact();
        var primary = ReadContact(input, contact, validator, creating: true) ?? false;
        validator.ThrowIfInvalid();
        db.Contacts.Add(customer.AddContact(contact, primary));
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
        var contact = customer.ContactOf(contactId);
        var validator = new Validator();
        var primary = ReadContact(input, contact, validator, creating: false);
        validator.ThrowIfInvalid();
        if (primary is { } isPrimary)
        {
            customer.SetPrimary(contact.Id, isPrimary);
        }

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
        db.Contacts.Remove(customer.RemoveContact(contactId));
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

    /// <summary>
    /// The details the input sends (name and kind apart, which creation and update read differently), checked: the problems go
    /// to <paramref name="validator"/>. A detail left out stays as it is.
    /// </summary>
    private static CustomerDetails ReadDetails(InputReader input, Validator validator, Classifications classifications)
    {
        var details = new CustomerDetails();
        if (input.Has("level"))
        {
            var level = input.String("level");
            classifications.CheckLevel(validator, "level", level);
            details = details with { Level = new(level) };
        }

        if (input.Has("category"))
        {
            var category = input.String("category");
            if (category is not null && !classifications.Categories.Contains(category))
            {
                validator.Add("category", $"'{category}' is not one of this tenant's customer categories.");
            }

            details = details with { Category = new(category) };
        }

        if (input.Has("industry"))
        {
            validator.MaxLength("industry", input.String("industry"), 100);
            details = details with { Industry = new(input.String("industry")) };
        }

        if (input.Has("source"))
        {
            validator.MaxLength("source", input.String("source"), 100);
            details = details with { Source = new(input.String("source")) };
        }

        if (input.Has("region"))
        {
            validator.MaxLength("region", input.String("region"), 100);
            details = details with { Region = new(input.String("region")) };
        }

        if (input.Has("ownerId"))
        {
            validator.Required("ownerId", input.String("ownerId"), 64);
            details = details with { OwnerId = input.String("ownerId") };
        }

        if (input.Has("tags"))
        {
            details = details with { Tags = Customer.KeepTags(validator, "tags", input.Strings("tags") ?? []) };
        }

        if (input.Has("address"))
        {
            var address = input.Object("address");
            var parts = Address.Parts.ToDictionary(p => p, p => address?.String(p));
            validator.MaxLength("address.line1", parts["line1"], 200).MaxLength("address.city", parts["city"], 100)
                .MaxLength("address.state", parts["state"], 100).MaxLength("address.postalCode", parts["postalCode"], 20)
                .MaxLength("address.country", parts["country"], 100);
            details = details with { Address = parts };
        }

        return details;
    }

    /// <summary>Reads a contact's data into <paramref name="contact"/> (the problems go to <paramref name="validator"/>); returns whether it asks to be primary (null when the input does not say).</summary>
    private static bool? ReadContact(InputReader input, Contact contact, Validator validator, bool creating)
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

        return input.Has("isPrimary") ? input.Value<bool>("isPrimary") ?? false : null;
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
