using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Domain;

internal sealed class Contact : TenantEntity
{
    public Guid CustomerId { get; internal set; }

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

    /// <summary>Kept by the customer, which has one primary contact (see <see cref="Customer.SetPrimary"/>).</summary>
    public bool IsPrimary { get; internal set; }

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
