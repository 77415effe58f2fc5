using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;

/// <summary>The open opportunity, the stage to move it to and, for a lost stage, why.</summary>
internal sealed record MoveOpportunityStageInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? StageId { get; init; }

    public string? Reason { get; init; }
}
