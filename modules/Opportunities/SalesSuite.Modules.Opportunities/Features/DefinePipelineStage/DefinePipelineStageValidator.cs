using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;

/// <summary>definePipelineStage's rules on its input, those of a <see cref="PipelineStage"/>: a name and a probability of 0 to 100.</summary>
internal static class DefinePipelineStageValidator
{
    /// <summary>The stage's probability; throws VALIDATION listing every problem.</summary>
    public static int Check(DefinePipelineStageInput input)
    {
        var probability = input.DefaultProbability ?? 0;
        PipelineStage.Check(input.Name, probability, new Validator()).ThrowIfInvalid();
        return probability;
    }
}
