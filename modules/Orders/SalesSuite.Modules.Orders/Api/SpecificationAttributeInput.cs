namespace SalesSuite.Modules.Orders.Api;

/// <summary>A specification attribute of a custom item: a name and a value, trimmed.</summary>
internal sealed record SpecificationAttributeInput
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
