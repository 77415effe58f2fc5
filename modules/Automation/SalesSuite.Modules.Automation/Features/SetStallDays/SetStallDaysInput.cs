namespace SalesSuite.Modules.Automation.Features.SetStallDays;

/// <summary>Days for one open stage, or without a stage the default for the others.</summary>
internal sealed record SetStallDaysInput
{
    public string? StageId { get; init; }

    public int? Days { get; init; }
}
