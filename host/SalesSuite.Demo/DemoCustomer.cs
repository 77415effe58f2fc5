namespace SalesSuite.Demo;

public sealed record DemoCustomer(Guid Id, int Number, DateTimeOffset RegisteredAt, string OwnerId, string Source, string Region, string Level);
