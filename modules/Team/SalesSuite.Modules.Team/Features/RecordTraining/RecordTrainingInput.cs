namespace SalesSuite.Modules.Team.Features.RecordTraining;

/// <summary>A course a rep took.</summary>
internal sealed record RecordTrainingInput
{
    public string? UserId { get; init; }

    public string? Course { get; init; }

    /// <summary>Today when left out.</summary>
    public DateOnly? Date { get; init; }

    public bool? Completed { get; init; }

    public decimal? Score { get; init; }
}
