using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

internal enum CustomerKind
{
    Company,
    Person,
}

internal enum LifecycleStage
{
    Lead,
    Prospect,
    Customer,
    RepeatCustomer,
}

internal sealed class Address
{
    public string? Line1 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

internal sealed class Customer : AggregateRoot, ICustomerRecord, IOwnedRecord
{
    public const int MaxTags = 20;
    public const int MaxContacts = 50;

    public string Name { get; private set; } = string.Empty;

    /// <summary>Lower-cased name for case-insensitive search in SQL on every provider.</summary>
    public string NameNormalized { get; private set; } = string.Empty;

    public CustomerKind Kind { get; set; }

    /// <summary>Code of a tenant-defined <see cref="CustomerLevel"/>.</summary>
    public string? Level { get; set; }

    /// <summary>Code of a tenant-defined <see cref="CustomerCategory"/>.</summary>
    public string? Category { get; set; }

    public string? Industry { get; set; }

    public string? Source { get; set; }

    public string? Region { get; set; }

    public Address Address { get; set; } = new();

    public List<string> Tags { get; set; } = [];

    /// <summary>The user id of the sales rep who owns the customer.</summary>
    public string OwnerId { get; set; } = string.Empty;

    public LifecycleStage Lifecycle { get; set; } = LifecycleStage.Lead;

    /// <summary>The UTC day the customer was registered (became a lead): the cohort of the conversion rates (CUS5), grouped in SQL.</summary>
    public DateOnly? CreatedOn { get; set; }

    /// <summary>Paid orders so far: the second makes a repeat customer.</summary>
    public int PurchaseCount { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    public void Rename(string name)
    {
        Name = name.Trim();
        NameNormalized = Name.ToLowerInvariant();
    }
}

internal sealed class Contact : TenantEntity
{
    public Guid CustomerId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    /// <summary>Stored encrypted; found by exact match through <see cref="PhoneIndex"/>.</summary>
    public string? Phone { get; private set; }

    /// <summary>Stored encrypted; found by exact match through <see cref="EmailIndex"/>.</summary>
    public string? Email { get; private set; }

    /// <summary>Keyed hash of the phone's digits (blind index).</summary>
    public string? PhoneIndex { get; private set; }

    /// <summary>Keyed hash of the lower-cased email (blind index).</summary>
    public string? EmailIndex { get; private set; }

    public bool IsPrimary { get; set; }

    public void SetPhone(string? phone)
    {
        Phone = phone;
        PhoneIndex = phone is null ? null : ContactLookup.PhoneKey(phone);
    }

    public void SetEmail(string? email)
    {
        Email = email?.ToLowerInvariant();
        EmailIndex = email is null ? null : ContactLookup.EmailKey(email);
    }
}

/// <summary>Blind-index keys for exact lookups of protected contact data.</summary>
internal static class ContactLookup
{
    public static string? PhoneKey(string phone)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.Length < 5 ? null : Protector.BlindIndex("phone:" + digits);
    }

    public static string EmailKey(string email) => Protector.BlindIndex("email:" + email.Trim().ToLowerInvariant());

    private static SharedKernel.Security.FieldProtector Protector =>
        SharedKernel.Security.FieldProtector.Current ?? throw new InvalidOperationException("No data protection key ring is loaded.");
}

internal enum InteractionKind
{
    Call,
    Visit,
    Email,
    Note,
}

/// <summary>One entry of a customer's timeline; a next follow-up date makes it a reminder for the customer's owner.</summary>
internal sealed class Interaction : TenantEntity
{
    public Guid CustomerId { get; set; }

    public InteractionKind Kind { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset? NextFollowUpAt { get; set; }

    public DateTimeOffset? FollowUpDoneAt { get; set; }
}

/// <summary>A tenant-defined customer level (e.g. A/B/C); <see cref="Rank"/> orders them.</summary>
internal sealed class CustomerLevel : TenantEntity
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int Rank { get; set; }
}

internal sealed class CustomerCategory : TenantEntity
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
