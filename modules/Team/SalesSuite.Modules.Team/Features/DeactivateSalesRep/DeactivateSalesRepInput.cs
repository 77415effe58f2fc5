namespace SalesSuite.Modules.Team.Features.DeactivateSalesRep;

/// <summary>The rep who leaves.</summary>
internal sealed record DeactivateSalesRepInput
{
    public string? UserId { get; init; }
}
