namespace SalesSuite.Demo;

public sealed record DemoTarget(string RepUserId, int Year, int Month, decimal Amount);
