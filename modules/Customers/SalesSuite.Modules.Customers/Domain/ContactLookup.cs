namespace SalesSuite.Modules.Customers.Domain;

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
