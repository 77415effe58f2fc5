namespace SalesSuite.Modules.Team.Contracts;

/// <summary>What other modules may read of a sales rep that reaches them as the source of a field they add to <c>SalesRep</c>.</summary>
public interface ISalesRepRecord
{
    Guid Id { get; }

    /// <summary>The rep's user id: the owner id on the records the rep owns.</summary>
    string UserId { get; }
}
