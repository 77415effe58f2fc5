using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>A rep's profile as sent: a part left out (<see cref="Optional{T}.Unset"/>) stays as it is.</summary>
internal sealed record SalesRepProfile
{
    public Optional<string?> Name { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Territory { get; init; }

    public Optional<int?> Capacity { get; init; }

    /// <summary>A profile as a user typed it: the e-mail address is kept lower-cased.</summary>
    public static SalesRepProfile Typed(
        Optional<string?> name, Optional<string?> email, Optional<string?> title, Optional<string?> territory, Optional<int?> capacity) => new()
        {
            Name = name,
            Email = email.HasValue ? email.Value?.ToLowerInvariant() : email,
            Title = title,
            Territory = territory,
            Capacity = capacity,
        };

    /// <summary>The profile's rules (lengths, the e-mail's form, a capacity of 0 to 100000); problems go to <paramref name="validator"/>.</summary>
    public Validator Check(Validator validator)
    {
        if (Name.Or(null) is { } name)
        {
            validator.MaxLength("name", name, 200);
        }

        if (Email.HasValue)
        {
            validator.Email("email", Email.Value);
        }

        if (Title.HasValue)
        {
            validator.MaxLength("title", Title.Value, 100);
        }

        if (Territory.HasValue)
        {
            validator.MaxLength("territory", Territory.Value, 100);
        }

        if (Capacity.HasValue && Capacity.Value is < 0 or > 100_000)
        {
            validator.Add("capacity", "must be between 0 and 100000.");
        }

        return validator;
    }
}
