using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>Where a round-robin rule stands: the rep it chose last. Versioned, so two concurrent assignments never pick from the same position.</summary>
internal sealed class RoundRobinCursor : AggregateRoot
{
    /// <summary>For EF Core and restores.</summary>
    private RoundRobinCursor()
    {
    }

    public Guid RuleId { get; private set; }

    public string LastUserId { get; private set; } = string.Empty;

    /// <summary>The cursor of rule <paramref name="ruleId"/>, which has just chosen <paramref name="userId"/>, its first.</summary>
    public static RoundRobinCursor Start(Guid ruleId, string userId) => new() { RuleId = ruleId, LastUserId = userId };

    /// <summary>The rule has chosen <paramref name="userId"/>: the next pick starts after that rep.</summary>
    public void Advance(string userId) => LastUserId = userId;
}
