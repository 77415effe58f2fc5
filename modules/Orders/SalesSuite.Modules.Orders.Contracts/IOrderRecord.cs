namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>What other modules may read of an order that reaches them as the source of a field they add to <c>Order</c>.</summary>
public interface IOrderRecord
{
    Guid Id { get; }

    Guid CustomerId { get; }

    Guid? OpportunityId { get; }

    string OwnerId { get; }
}
