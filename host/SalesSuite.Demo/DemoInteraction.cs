namespace SalesSuite.Demo;

/// <summary>An interaction on a customer; <paramref name="Kind"/>: 0 call, 1 visit, 2 email.</summary>
public sealed record DemoInteraction(Guid CustomerId, string OwnerId, DateTimeOffset At, int Kind);
