using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>
/// A chance to sell to a customer and its life: registered in an open stage with its owner, it moves through the
/// pipeline to won or lost (a lost one says why), can be reopened, and changes owner with a reason. Every change of state
/// goes through a method here, which refuses what the opportunity's status does not allow; the moves and owner changes
/// return the history row the caller saves.
/// </summary>
internal sealed class Opportunity : AggregateRoot, IOwnedRecord, IOpportunityRecord
{
    /// <summary>Amounts are kept as integers of 1/10,000 of the currency unit: exact sums and ordering in SQL on every provider.</summary>
    public const decimal AmountScale = Scaled.Factor;

    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>For EF Core and restores.</summary>
    private Opportunity()
    {
    }

    public Guid CustomerId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>What the customer needs.</summary>
    public string? Requirement { get; private set; }

    public long AmountScaled { get; private set; }

    public decimal Amount
    {
        get => AmountScaled / AmountScale;
        private set => AmountScaled = (long)decimal.Round(value * AmountScale, 0, MidpointRounding.ToEven);
    }

    /// <summary>ISO 4217 code, e.g. USD.</summary>
    public string Currency { get; private set; } = "USD";

    /// <summary>
    /// Base-currency units per unit of <see cref="Currency"/> on the opportunity's date, its registration (UTC) day; taken when it
    /// is registered and again only when its currency changes, so history does not shift when rates change later.
    /// Null only for rows that predate conversion (and demo rows in a currency without a rate).
    /// </summary>
    public decimal? RateToBase { get; private set; }

    /// <summary>The tenant's base currency the rate converts to.</summary>
    public string? BaseCurrency { get; private set; }

    /// <summary><see cref="Amount"/> × <see cref="RateToBase"/>, rounded to cents (half away from zero), scaled like the amount for sums in SQL.</summary>
    public long? AmountInBaseScaled { get; private set; }

    public decimal? AmountInBase => AmountInBaseScaled is { } scaled ? scaled / AmountScale : null;

    public DateOnly? ExpectedCloseDate { get; private set; }

    public Guid StageId { get; private set; }

    public DateTimeOffset StageEnteredAt { get; private set; }

    public int Probability { get; private set; }

    public string? Source { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public OpportunityStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>
    /// A new opportunity in an open stage (with the stage's probability unless <paramref name="details"/> give one), not
    /// yet owned: <see cref="Open"/> gives it its owner and its first history. Refuses what <see cref="CheckRegistration"/> refuses.
    /// </summary>
    public static Opportunity Register(Guid customerId, PipelineStage? stage, OpportunityDetails details, DateTimeOffset at)
    {
        CheckRegistration(stage, details, new Validator()).ThrowIfInvalid();
        var opportunity = new Opportunity { CustomerId = customerId, StageId = stage!.Id, StageEnteredAt = at, Probability = stage.DefaultProbability };
        opportunity.Take(details);
        return opportunity;
    }

    /// <summary>The owner and the first history of a registered opportunity: its entry into its stage and its assignment.</summary>
    public (StageChange Entered, Assignment Assigned) Open(string ownerId, string by, string reason)
    {
        if (OwnerId.Length > 0)
        {
            throw new InvalidOperationException("The opportunity was opened already.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        OwnerId = ownerId;
        return (new StageChange(Id, null, StageId, StageEnteredAt, by), new Assignment(Id, null, ownerId, StageEnteredAt, by, reason));
    }

    /// <summary>Changes the details given (those left null stay); refuses all of them when one breaks a rule (see <see cref="Check"/>).</summary>
    public void Edit(OpportunityDetails details)
    {
        Check(details, new Validator()).ThrowIfInvalid();
        Take(details);
    }

    /// <summary>Sets the rate (or clears it when <paramref name="rate"/> is null) and recomputes the base amount from it.</summary>
    public void ConvertAt(decimal? rate, string? baseCurrency)
    {
        RateToBase = rate;
        BaseCurrency = rate is null ? null : baseCurrency;
        AmountInBaseScaled = rate is { } r ? (long)(decimal.Round(Amount * r, 2, MidpointRounding.AwayFromZero) * AmountScale) : null;
    }

    /// <summary>
    /// Moves an open opportunity to another active stage (null when the one asked for is not in the pipeline), with the stage's
    /// probability; a won or lost stage closes it (a lost one needs a reason, at most 500 characters). Returns the stage history row.
    /// </summary>
    public StageChange MoveTo(PipelineStage? stage, string by, DateTimeOffset at, string? reason = null)
    {
        EnsureOpen();
        if (stage is not { Active: true })
        {
            throw Invalid("stageId", "is not an active stage of this tenant's pipeline.");
        }

        if (stage.Id == StageId)
        {
            throw Invalid("stageId", "is the stage the opportunity is already in.");
        }

        if (stage.Kind == StageKind.Lost && reason is null)
        {
            throw Invalid("reason", "is required when an opportunity is lost.");
        }

        new Validator().MaxLength("reason", reason, 500).ThrowIfInvalid();
        var change = Enter(stage, by, at);
        if (stage.Kind != StageKind.Open)
        {
            Status = stage.Kind == StageKind.Won ? OpportunityStatus.Won : OpportunityStatus.Lost;
            ClosedAt = at;
            CloseReason = reason;
        }

        return change;
    }

    /// <summary>Refuses unless the opportunity is open: a closed one cannot change stage.</summary>
    public void EnsureOpen()
    {
        if (Status != OpportunityStatus.Open)
        {
            throw new AppException(ErrorCodes.Validation,
                $"The opportunity is {StatusName}: a closed opportunity cannot change stage. Allowed: reopenOpportunity.",
                [new FieldError("id", $"is {StatusName}.")]);
        }
    }

    /// <summary>Takes a won or lost opportunity back to <paramref name="stage"/>, the pipeline's last active open stage (null when it has none).</summary>
    public StageChange Reopen(PipelineStage? stage, string by, DateTimeOffset at)
    {
        if (Status == OpportunityStatus.Open)
        {
            throw Invalid("id", "is already open.");
        }

        if (stage is not { Active: true, Kind: StageKind.Open })
        {
            throw Invalid("id", "cannot be reopened: the pipeline has no active open stage.");
        }

        var change = Enter(stage, by, at);
        Status = OpportunityStatus.Open;
        ClosedAt = null;
        CloseReason = null;
        return change;
    }

    /// <summary>Gives the opportunity to another owner (at most 64 characters; the reason at most 500). Returns the assignment history row.</summary>
    public Assignment Reassign(string? ownerId, string by, DateTimeOffset at, string? reason)
    {
        new Validator().Required("ownerId", ownerId, 64).MaxLength("reason", reason, 500).ThrowIfInvalid();
        if (ownerId == OwnerId)
        {
            throw Invalid("ownerId", "already owns the opportunity.");
        }

        var assignment = new Assignment(Id, OwnerId, ownerId!, at, by, reason);
        OwnerId = ownerId!;
        return assignment;
    }

    /// <summary>
    /// Checks a registration: the stage (null when none was found) must be an active open stage, the title is required and the
    /// other details follow <see cref="Check"/>; the problems go to <paramref name="validator"/>.
    /// </summary>
    private static Validator CheckRegistration(PipelineStage? stage, OpportunityDetails details, Validator validator)
    {
        if (stage is not { Active: true, Kind: StageKind.Open })
        {
            validator.Add("stageId", "must be an open stage of this tenant's pipeline.");
        }

        return Check(details with { Title = details.Title ?? string.Empty }, validator);
    }

    /// <summary>
    /// Checks the details against the rules (title required and at most 200 characters when given, requirement 4,000, source 100,
    /// amount 0 to 1,000,000,000,000, currency a three-letter code, probability 0 to 100); the problems go to <paramref name="validator"/>.
    /// </summary>
    private static Validator Check(OpportunityDetails details, Validator validator)
    {
        if (details.Title is not null)
        {
            validator.Required("title", details.Title, 200);
        }

        if (details.Requirement is { } requirement)
        {
            validator.MaxLength("requirement", requirement.Value, 4000);
        }

        if (details.Amount is < 0 or > MaxAmount)
        {
            validator.Add("amount", "must be between 0 and 1,000,000,000,000.");
        }

        if (details.Currency is { } currency && !IsCurrencyCode(currency.ToUpperInvariant()))
        {
            validator.Add("currency", "must be a three-letter ISO 4217 code such as USD.");
        }

        if (details.Probability is < 0 or > 100)
        {
            validator.Add("probability", "must be between 0 and 100.");
        }

        if (details.Source is { } source)
        {
            validator.MaxLength("source", source.Value, 100);
        }

        return validator;
    }

    private string StatusName => Status.ToString().ToUpperInvariant();

    private StageChange Enter(PipelineStage stage, string by, DateTimeOffset at)
    {
        var change = new StageChange(Id, StageId, stage.Id, at, by);
        StageId = stage.Id;
        StageEnteredAt = at;
        Probability = stage.DefaultProbability;
        return change;
    }

    private void Take(OpportunityDetails details)
    {
        Title = details.Title ?? Title;
        Requirement = details.Requirement is { } requirement ? requirement.Value : Requirement;
        Amount = details.Amount ?? Amount;
        Currency = details.Currency?.ToUpperInvariant() ?? Currency;
        ExpectedCloseDate = details.ExpectedCloseDate is { } date ? date.Value : ExpectedCloseDate;
        Probability = details.Probability ?? Probability;
        Source = details.Source is { } source ? source.Value : Source;
    }

    private static bool IsCurrencyCode(string currency) => currency.Length == 3 && currency.All(char.IsAsciiLetterUpper);

    private static AppException Invalid(string field, string message) =>
        new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);
}
