namespace SalesSuite.ArchitectureTests.Planted.Features.ShipOrder;

/// <summary>The use case's own input: named after its folder, so it passes.</summary>
internal sealed record ShipOrderInput(string OrderId);

/// <summary>Violation for Features/&lt;UseCase&gt;/: a payload other use cases would share belongs in Api/.</summary>
internal sealed record CustomerPayload(string CustomerId);
