using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>
/// The details a user sends for a customer (name and kind apart, which creation and update read differently), each one
/// left out (<see cref="Optional{T}.Unset"/>, kept) or sent, null included (cleared). <see cref="Check"/> applies the rules.
/// </summary>
internal sealed record CustomerDetailsEdit
{
    public Optional<string?> Level { get; init; }

    public Optional<string?> Category { get; init; }

    public Optional<string?> Industry { get; init; }

    public Optional<string?> Source { get; init; }

    public Optional<string?> Region { get; init; }

    public Optional<string?> OwnerId { get; init; }

    public Optional<IReadOnlyList<string>?> Tags { get; init; }

    /// <summary>The address parts by their input names; sent as null clears every part.</summary>
    public Optional<IReadOnlyDictionary<string, string?>?> Address { get; init; }

    /// <summary>The details to apply, checked: the problems go to <paramref name="validator"/> under the input's field names.</summary>
    public CustomerDetails Check(Validator validator, Classifications classifications)
    {
        var details = new CustomerDetails();
        if (Level.HasValue)
        {
            classifications.CheckLevel(validator, "level", Level.Value);
            details = details with { Level = new(Level.Value) };
        }

        if (Category.HasValue)
        {
            classifications.CheckCategory(validator, "category", Category.Value);
            details = details with { Category = new(Category.Value) };
        }

        if (Industry.HasValue)
        {
            validator.MaxLength("industry", Industry.Value, 100);
            details = details with { Industry = new(Industry.Value) };
        }

        if (Source.HasValue)
        {
            validator.MaxLength("source", Source.Value, 100);
            details = details with { Source = new(Source.Value) };
        }

        if (Region.HasValue)
        {
            validator.MaxLength("region", Region.Value, 100);
            details = details with { Region = new(Region.Value) };
        }

        if (OwnerId.HasValue)
        {
            validator.Required("ownerId", OwnerId.Value, 64);
            details = details with { OwnerId = OwnerId.Value };
        }

        if (Tags.HasValue)
        {
            details = details with { Tags = Customer.KeepTags(validator, "tags", Tags.Value ?? []) };
        }

        if (Address.HasValue)
        {
            var parts = Domain.Address.Parts.ToDictionary(p => p, p => Address.Value?.GetValueOrDefault(p));
            validator.MaxLength("address.line1", parts["line1"], 200).MaxLength("address.city", parts["city"], 100)
                .MaxLength("address.state", parts["state"], 100).MaxLength("address.postalCode", parts["postalCode"], 20)
                .MaxLength("address.country", parts["country"], 100);
            details = details with { Address = parts };
        }

        return details;
    }
}
