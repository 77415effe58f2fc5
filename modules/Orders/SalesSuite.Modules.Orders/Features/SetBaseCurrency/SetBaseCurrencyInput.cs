namespace SalesSuite.Modules.Orders.Features.SetBaseCurrency;

/// <summary>The tenant's base currency.</summary>
internal sealed record SetBaseCurrencyInput
{
    public string? Currency { get; init; }
}
