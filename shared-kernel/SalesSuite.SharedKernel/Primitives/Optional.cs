namespace SalesSuite.SharedKernel.Primitives;

/// <summary>
/// A value that may have been left out: what a patch-style input needs to tell "left out" (unchanged, <see cref="Unset"/>)
/// from "sent as null" (cleared, <c>Of(null)</c>). Knows nothing of GraphQL or EF Core.
/// </summary>
public readonly record struct Optional<T>
{
    private Optional(T value)
    {
        HasValue = true;
        Value = value;
    }

    /// <summary>Left out: the field was not sent.</summary>
    public static Optional<T> Unset => default;

    /// <summary>True when the field was sent, null or not.</summary>
    public bool HasValue { get; }

    /// <summary>The value sent; <c>default</c> when <see cref="HasValue"/> is false.</summary>
    public T Value { get; }

    public static Optional<T> Of(T value) => new(value);

    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value sent, or <paramref name="fallback"/> when left out.</summary>
    public T Or(T fallback) => HasValue ? Value : fallback;

    public override string ToString() => HasValue ? $"Of({Value})" : "Unset";
}
