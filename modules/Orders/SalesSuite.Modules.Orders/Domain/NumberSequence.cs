using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>The tenant's order-number sequence; taken in the confirming transaction, so numbers have no gaps or duplicates.</summary>
internal sealed class NumberSequence : AggregateRoot
{
    /// <summary>The sequence of order numbers.</summary>
    public const string Orders = "order";

    /// <summary>For EF Core.</summary>
    private NumberSequence()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The number the next taker gets (the database increments it atomically).</summary>
    public long Next { get; private set; } = 1;

    /// <summary>A sequence whose next number is <paramref name="next"/>.</summary>
    public static NumberSequence Start(string name, long next) =>
        next < 1 ? throw new ArgumentOutOfRangeException(nameof(next), next, "Numbers start at 1.") : new() { Name = name, Next = next };
}
