using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;

/// <summary>A new stage (without id) or changes to one (with id); kind, position and activity left null keep their value or default.</summary>
internal sealed record DefinePipelineStageInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? Name { get; init; }

    public int? Position { get; init; }

    public int? DefaultProbability { get; init; }

    public StageKind? Kind { get; init; }

    public bool? Active { get; init; }
}
