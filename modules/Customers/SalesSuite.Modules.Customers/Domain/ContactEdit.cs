using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>A contact's data as a user sends it, each field left out (kept) or sent; <see cref="Check"/> applies the rules.</summary>
internal sealed record ContactEdit
{
    public Optional<string?> Name { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    /// <summary>Sent as null reads as false.</summary>
    public Optional<bool?> IsPrimary { get; init; }

    /// <summary>Whether it asks to be primary; null when it does not say.</summary>
    public bool? AsksPrimary() => IsPrimary.HasValue ? IsPrimary.Value ?? false : null;

    /// <summary>
    /// Checks the fields sent (a new contact's name always), the problems going to <paramref name="validator"/> under
    /// <paramref name="path"/> (empty for the input's own fields, <c>contacts[0]</c> for a nested one).
    /// </summary>
    public void Check(Validator validator, string path, bool creating)
    {
        if (creating || Name.HasValue)
        {
            validator.Required(FieldPath(path, "name"), Name.Value, 200);
        }

        if (Title.HasValue)
        {
            validator.MaxLength(FieldPath(path, "title"), Title.Value, 100);
        }

        if (Phone.HasValue)
        {
            validator.Phone(FieldPath(path, "phone"), Phone.Value);
        }

        if (Email.HasValue)
        {
            validator.Email(FieldPath(path, "email"), Email.Value);
        }
    }

    /// <summary>Writes the fields sent into <paramref name="contact"/> (a name sent as null keeps the old one).</summary>
    public void ApplyTo(Contact contact)
    {
        if (Name.HasValue)
        {
            contact.Name = Name.Value ?? contact.Name;
        }

        if (Title.HasValue)
        {
            contact.Title = Title.Value;
        }

        if (Phone.HasValue)
        {
            contact.SetPhone(Phone.Value);
        }

        if (Email.HasValue)
        {
            contact.SetEmail(Email.Value);
        }
    }

    private static string FieldPath(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";
}
