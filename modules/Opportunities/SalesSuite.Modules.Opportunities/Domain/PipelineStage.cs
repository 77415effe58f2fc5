using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>
/// A step of the tenant's sales pipeline. It is created with <see cref="Create"/> and changed with <see cref="Define"/>, both of
/// which refuse what <see cref="Check"/> refuses.
/// </summary>
internal sealed class PipelineStage : AggregateRoot
{
    /// <summary>For EF Core.</summary>
    private PipelineStage()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public int Position { get; private set; }

    /// <summary>Probability (0-100) an opportunity gets when it enters the stage.</summary>
    public int DefaultProbability { get; private set; }

    public StageKind Kind { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>A new stage at <paramref name="position"/> (the caller knows the pipeline's order).</summary>
    public static PipelineStage Create(string? name, int position, int defaultProbability, StageKind kind = StageKind.Open, bool active = true)
    {
        Check(name, defaultProbability, new Validator()).ThrowIfInvalid();
        return new PipelineStage { Name = name!, Position = position, DefaultProbability = defaultProbability, Kind = kind, Active = active };
    }

    /// <summary>Gives the stage its name and probability, and the kind, position and activity given (those left null stay).</summary>
    public void Define(string? name, int defaultProbability, StageKind? kind = null, int? position = null, bool? active = null)
    {
        Check(name, defaultProbability, new Validator()).ThrowIfInvalid();
        Name = name!;
        DefaultProbability = defaultProbability;
        Kind = kind ?? Kind;
        Position = position ?? Position;
        Active = active ?? Active;
    }

    /// <summary>The rules of a stage: a name (at most 100 characters) and a probability of 0 to 100; the problems go to <paramref name="validator"/>.</summary>
    public static Validator Check(string? name, int defaultProbability, Validator validator)
    {
        validator.Required("name", name, 100);
        if (defaultProbability is < 0 or > 100)
        {
            validator.Add("defaultProbability", "must be between 0 and 100.");
        }

        return validator;
    }
}
