using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.RemoveSalesTarget;

/// <summary>The target to remove.</summary>
internal sealed record RemoveSalesTargetInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
