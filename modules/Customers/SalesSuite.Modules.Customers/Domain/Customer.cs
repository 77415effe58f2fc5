using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>
/// A customer and its life: registered with its contacts (one of them primary) by an owner, described and classified,
/// tagged (at most <see cref="MaxTags"/>), given to other owners, archived and restored, and moved along its lifecycle by
/// the deals and orders of other modules. Every change of state goes through a method here, which keeps those rules.
/// </summary>
internal sealed class Customer : AggregateRoot, ICustomerRecord, IOwnedRecord
{
    public const int MaxTags = 20;
    public const int MaxContacts = 50;
    public const int MaxTagLength = 40;

    /// <summary>The details an import fills when they are empty, by their input names.</summary>
    public static readonly string[] FillableFields = ["level", "category", "industry", "source", "region", .. Address.Parts.Select(p => "address." + p)];

    private readonly List<Contact> _contacts = [];

    /// <summary>For EF Core and restores.</summary>
    private Customer()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Lower-cased name for case-insensitive search in SQL on every provider.</summary>
    public string NameNormalized { get; private set; } = string.Empty;

    public CustomerKind Kind { get; private set; }

    /// <summary>Code of a tenant-defined <see cref="CustomerLevel"/>.</summary>
    public string? Level { get; private set; }

    /// <summary>Code of a tenant-defined <see cref="CustomerCategory"/>.</summary>
    public string? Category { get; private set; }

    public string? Industry { get; private set; }

    public string? Source { get; private set; }

    public string? Region { get; private set; }

    public Address Address { get; private set; } = new();

    /// <summary>Trimmed, none empty, no case-insensitive repeats, at most <see cref="MaxTags"/> (see <see cref="KeepTags"/>).</summary>
    public List<string> Tags { get; private set; } = [];

    /// <summary>The user id of the sales rep who owns the customer.</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public LifecycleStage Lifecycle { get; private set; } = LifecycleStage.Lead;

    /// <summary>The UTC day the customer was registered (became a lead): the cohort of the lifecycle conversion rates, grouped in SQL.</summary>
    public DateOnly? CreatedOn { get; private set; }

    /// <summary>Paid orders so far: the second makes a repeat customer.</summary>
    public int PurchaseCount { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public IReadOnlyList<Contact> Contacts => _contacts;

    /// <summary>
    /// A new customer (a lead) with its contacts: the first one asked to be primary is, else the first contact.
    /// At most <see cref="MaxContacts"/> contacts.
    /// </summary>
    public static Customer Register(string name, CustomerKind kind, string ownerId, IReadOnlyList<(Contact Contact, bool Primary)> contacts)
    {
        if (contacts.Count > MaxContacts)
        {
            throw Invalid("contacts", $"may hold at most {MaxContacts} contacts.");
        }

        var customer = new Customer { Kind = kind };
        customer.Rename(name);
        customer.AssignTo(ownerId);
        foreach (var (contact, primary) in contacts)
        {
            contact.CustomerId = customer.Id;
            contact.IsPrimary = primary;
            customer._contacts.Add(contact);
        }

        customer.KeepOnePrimary();
        return customer;
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid("name", "is required.");
        }

        Name = name.Trim();
        NameNormalized = Name.ToLowerInvariant();
    }

    /// <summary>Changes the details given (those left null stay as they are).</summary>
    public void Edit(CustomerDetails details)
    {
        if (details.Name is { } name)
        {
            Rename(name);
        }

        Kind = details.Kind ?? Kind;
        Level = details.Level is { } level ? level.Value : Level;
        Category = details.Category is { } category ? category.Value : Category;
        Industry = details.Industry is { } industry ? industry.Value : Industry;
        Source = details.Source is { } source ? source.Value : Source;
        Region = details.Region is { } region ? region.Value : Region;
        if (details.OwnerId is { } owner)
        {
            AssignTo(owner);
        }

        if (details.Tags is { } tags)
        {
            Tags = KeptTags(tags, "tags");
        }

        if (details.Address is { } address)
        {
            Relocate(address);
        }
    }

    /// <summary>Changes every part of the address (a part left out of <paramref name="parts"/> is cleared).</summary>
    public void Relocate(IReadOnlyDictionary<string, string?> parts)
    {
        Address ??= new Address();
        foreach (var part in Address.Parts)
        {
            Address.Set(part, parts.GetValueOrDefault(part));
        }
    }

    /// <summary>Gives the customer to another owner (saving refuses an owner outside the user's scope).</summary>
    public void AssignTo(string ownerId)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw Invalid("ownerId", "is required.");
        }

        OwnerId = ownerId;
    }

    /// <summary>
    /// Adds <paramref name="add"/> and removes <paramref name="remove"/> (ignoring case); false, and nothing changed, when the
    /// customer would have more than <see cref="MaxTags"/> tags.
    /// </summary>
    public bool Retag(IEnumerable<string> add, IReadOnlyCollection<string> remove)
    {
        var tags = Normalize(Tags.Where(t => !remove.Contains(t, StringComparer.OrdinalIgnoreCase)).Concat(add));
        if (tags.Count > MaxTags || tags.Any(t => t.Length > MaxTagLength))
        {
            return false;
        }

        Tags = tags;
        return true;
    }

    /// <summary>Archives the customer; an archived one keeps the time it was first archived.</summary>
    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;

    public void Restore() => ArchivedAt = null;

    /// <summary>A first opportunity makes a lead a prospect.</summary>
    public void OpportunityOpened()
    {
        if (Lifecycle == LifecycleStage.Lead)
        {
            Lifecycle = LifecycleStage.Prospect;
        }
    }

    /// <summary>A won deal makes a lead or a prospect a customer.</summary>
    public void DealWon()
    {
        if (Lifecycle is LifecycleStage.Lead or LifecycleStage.Prospect)
        {
            Lifecycle = LifecycleStage.Customer;
        }
    }

    /// <summary>A paid order makes the buyer a customer; the second a repeat customer.</summary>
    public void RecordPurchase()
    {
        PurchaseCount++;
        Lifecycle = PurchaseCount >= 2 ? LifecycleStage.RepeatCustomer : LifecycleStage.Customer;
    }

    /// <summary>The day it was registered, stamped when it is first saved.</summary>
    public void StampRegistration(DateTimeOffset at) => CreatedOn = DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>Adds a contact (at most <see cref="MaxContacts"/>); a primary one takes over from the others.</summary>
    public Contact AddContact(Contact contact, bool primary)
    {
        EnsureRoomForContact();
        contact.CustomerId = Id;
        _contacts.Add(contact);
        contact.IsPrimary = primary;
        if (primary)
        {
            MakePrimary(contact);
        }

        KeepOnePrimary();
        return contact;
    }

    /// <summary>Refuses when the customer has <see cref="MaxContacts"/> contacts already.</summary>
    public void EnsureRoomForContact()
    {
        if (_contacts.Count >= MaxContacts)
        {
            throw Invalid("customerId", $"already has {MaxContacts} contacts, the most a customer can have.");
        }
    }

    /// <summary>Makes a contact the primary one, or no longer primary (then the first contact is).</summary>
    public void SetPrimary(Guid contactId, bool primary)
    {
        var contact = ContactOf(contactId);
        contact.IsPrimary = primary;
        if (primary)
        {
            MakePrimary(contact);
        }

        KeepOnePrimary();
    }

    /// <summary>Removes a contact and returns it (the caller deletes its row); the first one left becomes primary if it was.</summary>
    public Contact RemoveContact(Guid contactId)
    {
        var contact = ContactOf(contactId);
        _contacts.Remove(contact);
        KeepOnePrimary();
        return contact;
    }

    public Contact ContactOf(Guid contactId) =>
        _contacts.FirstOrDefault(c => c.Id == contactId) ?? throw Invalid("id", "is not a contact of this customer.");

    /// <summary>
    /// The import's merge: the empty details (<see cref="FillableFields"/>) take <paramref name="draft"/>'s values. Returns the
    /// fields it filled.
    /// </summary>
    public List<string> FillEmpty(Customer draft)
    {
        var filled = new List<string>();
        foreach (var field in FillableFields)
        {
            if (Get(field) is null && draft.Get(field) is { } value)
            {
                Set(field, value);
                filled.Add(field);
            }
        }

        return filled;
    }

    /// <summary>Clears the <see cref="FillableFields"/> named (what an import filled, when it is reverted).</summary>
    public void Clear(IEnumerable<string> fields)
    {
        foreach (var field in fields.Where(FillableFields.Contains))
        {
            Set(field, null);
        }
    }

    /// <summary>Adds one tag unless the customer has it (ignoring case); false when it has <see cref="MaxTags"/> already.</summary>
    public bool AddTag(string tag)
    {
        if (Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Tags.Count >= MaxTags)
        {
            return false;
        }

        Tags = [.. Tags, tag]; // a new list, so that the change tracker sees the tags change
        return true;
    }

    /// <summary>Removes the tags named (exactly as they are written).</summary>
    public void RemoveTags(IReadOnlyCollection<string> tags) => Tags = Tags.Where(t => !tags.Contains(t, StringComparer.Ordinal)).ToList();

    /// <summary>
    /// The tags as a customer keeps them (trimmed, no empty ones, no case-insensitive repeats), checked against the limits
    /// (at most <see cref="MaxTags"/>, each at most <see cref="MaxTagLength"/> characters); the problems go to <paramref name="validator"/> under
    /// <paramref name="field"/>.
    /// </summary>
    public static List<string> KeepTags(Validator validator, string field, IEnumerable<string> tags)
    {
        var kept = Normalize(tags);
        if (kept.Count > MaxTags)
        {
            validator.Add(field, $"may hold at most {MaxTags} tags.");
        }

        if (kept.Any(t => t.Length > MaxTagLength))
        {
            validator.Add(field, $"each tag must be at most {MaxTagLength} characters long.");
        }

        return kept;
    }

    private static List<string> KeptTags(IEnumerable<string> tags, string field)
    {
        var validator = new Validator();
        var kept = KeepTags(validator, field, tags);
        validator.ThrowIfInvalid();
        return kept;
    }

    private static List<string> Normalize(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private void MakePrimary(Contact primary)
    {
        foreach (var contact in _contacts.Where(c => c != primary))
        {
            contact.IsPrimary = false;
        }
    }

    /// <summary>One primary contact when there are any: the first marked one, else the first contact.</summary>
    private void KeepOnePrimary()
    {
        if (_contacts.Count > 0 && !_contacts.Any(c => c.IsPrimary))
        {
            _contacts[0].IsPrimary = true;
        }

        foreach (var extra in _contacts.Where(c => c.IsPrimary).Distinct().Skip(1))
        {
            extra.IsPrimary = false;
        }
    }

    private string? Get(string field) => field switch
    {
        "level" => Level,
        "category" => Category,
        "industry" => Industry,
        "source" => Source,
        "region" => Region,
        _ => Address?[field["address.".Length..]],
    };

    private void Set(string field, string? value)
    {
        switch (field)
        {
            case "level":
                Level = value;
                break;
            case "category":
                Category = value;
                break;
            case "industry":
                Industry = value;
                break;
            case "source":
                Source = value;
                break;
            case "region":
                Region = value;
                break;
            default:
                Address ??= new Address();
                Address.Set(field["address.".Length..], value);
                break;
        }
    }

    private static AppException Invalid(string field, string message) =>
        new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);
}
