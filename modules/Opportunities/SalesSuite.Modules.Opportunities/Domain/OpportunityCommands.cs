using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>
/// The Opportunities module's write side. The Customers, Orders and Automation modules may be disabled: their services come as
/// sequences, empty when the module is off.
/// </summary>
internal sealed class OpportunityCommands(
    ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock,
    IEnumerable<ICustomerDirectory> customers, IEnumerable<IExchangeRates> exchangeRates, IEnumerable<IAssignmentRules> assignmentRules)
{
    public async Task<Opportunity> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customerId = input.Id("customerId", "Customer");
        var directory = customers.FirstOrDefault()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Opportunities need the Customers module, which is not available.");
        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", input.String("customerId")!);
        }

        var stages = await db.Stages.Where(s => s.Active).OrderBy(s => s.Position).ToListAsync(ct);
        var stage = input.Has("stageId") && input.String("stageId") is not null
            ? stages.FirstOrDefault(s => s.Id == input.Id("stageId", "PipelineStage"))
            : stages.FirstOrDefault(s => s.Kind == StageKind.Open);
        var now = clock.GetUtcNow();
        var opportunity = Opportunity.Register(customerId, stage, Details(input) with { Title = input.String("title") }, now);
        await ConvertAsync(opportunity, DateOnly.FromDateTime(now.UtcDateTime), currencyChanged: true, ct);
        var decision = input.String("ownerId") is null && assignmentRules.FirstOrDefault() is { } rules
            ? await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Opportunity, opportunity.Id, Source: opportunity.Source,
                Need: $"{opportunity.Title} {opportunity.Requirement}", Value: opportunity.AmountInBase), ct)
            : null;
        if (decision is not null)
        {
            db.AllowOwner(decision.OwnerId);
        }

        var (entered, assigned) = opportunity.Open(input.String("ownerId") ?? decision?.OwnerId ?? user.UserIdOrThrow, user.UserIdOrThrow,
            decision is null ? "created" : $"created; assigned by rule '{decision.RuleName}'");
        db.Opportunities.Add(opportunity);
        db.StageChanges.Add(entered);
        db.Assignments.Add(assigned);
        db.Publish(new OpportunityCreated(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, now));
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    public async Task<Opportunity> UpdateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        var currency = opportunity.Currency;
        opportunity.Edit(Details(input) with { Title = input.Has("title") ? input.String("title") ?? string.Empty : null });
        if (input.Has("amount") || input.Has("currency"))
        {
            await ConvertAsync(opportunity, DateOnly.FromDateTime(opportunity.CreatedAt.UtcDateTime), currencyChanged: currency != opportunity.Currency, ct);
        }

        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    /// <summary>Moves an open opportunity to another stage; a won or lost stage closes it (a lost one needs a reason).</summary>
    public async Task<Opportunity> MoveStageAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        opportunity.EnsureOpen(); // before the stage is looked up
        var stageId = input.Id("stageId", "PipelineStage");
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == stageId, ct);
        var now = clock.GetUtcNow();
        db.StageChanges.Add(opportunity.MoveTo(stage, user.UserIdOrThrow, now, input.String("reason")));
        if (opportunity.Status != OpportunityStatus.Open)
        {
            db.Publish(opportunity.Status == OpportunityStatus.Won
                ? new OpportunityWon(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, opportunity.Amount, opportunity.Currency, now, opportunity.AmountInBase, opportunity.BaseCurrency)
                : new OpportunityLost(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, opportunity.CloseReason!, now));
        }

        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    /// <summary>Takes a won or lost opportunity back to an open stage.</summary>
    public async Task<Opportunity> ReopenAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        var stage = await db.Stages.Where(s => s.Active && s.Kind == StageKind.Open).OrderByDescending(s => s.Position).FirstOrDefaultAsync(ct);
        db.StageChanges.Add(opportunity.Reopen(stage, user.UserIdOrThrow, clock.GetUtcNow()));
        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    public async Task<Opportunity> ReassignAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        db.Assignments.Add(opportunity.Reassign(input.String("ownerId"), user.UserIdOrThrow, clock.GetUtcNow(), input.String("reason")));
        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    public async Task<FollowUp> LogFollowUpAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = input.Id("opportunityId", "Opportunity");
        if (!await db.Opportunities.AnyAsync(o => o.Id == id, ct))
        {
            throw AppException.NotFound("Opportunity", input.String("opportunityId")!);
        }

        var now = clock.GetUtcNow();
        var next = input.Value<DateTimeOffset>("nextFollowUpAt")?.ToUniversalTime();
        var validator = new Validator().Required("note", input.String("note"), 4000);
        if (next is { } n && n < now)
        {
            validator.Add("nextFollowUpAt", "must be in the future.");
        }

        validator.ThrowIfInvalid();
        var followUp = new FollowUp { OpportunityId = id, Note = input.String("note")!, At = now, ActorId = user.UserIdOrThrow, NextFollowUpAt = next };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp;
    }

    public async Task<FollowUp> CompleteFollowUpAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = input.Id("id", "OpportunityFollowUp");
        var followUp = await db.FollowUps.AsTracking().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw AppException.NotFound("OpportunityFollowUp", input.String("id")!);
        followUp.DoneAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return followUp;
    }

    public async Task<PipelineStage> DefineStageAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator().Required("name", input.String("name"), 100);
        var probability = input.Value<int>("defaultProbability") ?? 0;
        if (probability is < 0 or > 100)
        {
            validator.Add("defaultProbability", "must be between 0 and 100.");
        }

        validator.ThrowIfInvalid();
        PipelineStage? stage = null;
        if (input.String("id") is not null)
        {
            var id = input.Id("id", "PipelineStage");
            stage = await db.Stages.AsTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw AppException.NotFound("PipelineStage", input.String("id")!);
            db.ExpectVersion(stage, input.Value<long>("version"));
            db.Touch(stage);
        }
        else
        {
            var name = input.String("name");
            if (await db.Stages.AnyAsync(s => s.Name == name, ct))
            {
                throw new AppException(ErrorCodes.Conflict, $"A stage named '{name}' already exists.", [new FieldError("name", "is already used.")]);
            }

            stage = new PipelineStage { Position = (await db.Stages.MaxAsync(s => (int?)s.Position, ct) ?? 0) + 1 };
            db.Stages.Add(stage);
        }

        stage.Name = input.String("name")!;
        stage.DefaultProbability = probability;
        stage.Kind = input.Value<StageKind>("kind") ?? stage.Kind;
        stage.Position = input.Value<int>("position") ?? stage.Position;
        stage.Active = input.Value<bool>("active") ?? stage.Active;
        await db.SaveChangesAsync(ct);
        return stage;
    }

    /// <summary>
    /// The base-currency rule: an opportunity keeps the rate of its registration (UTC) day, taken from the Orders module's
    /// dated rates (the latest rate on or before that day). A change of amount reuses the kept rate; a change of currency takes
    /// the new currency's rate of the same day. As when an order is confirmed, a currency without a known rate is refused
    /// (VALIDATION) and nothing is saved.
    /// </summary>
    private async Task ConvertAsync(Opportunity opportunity, DateOnly day, bool currencyChanged, CancellationToken ct)
    {
        if (!currencyChanged && opportunity.RateToBase is { } kept)
        {
            opportunity.ConvertAt(kept, opportunity.BaseCurrency);
            return;
        }

        var rates = exchangeRates.FirstOrDefault()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Opportunities need the Orders module's exchange rates, which are not available.");
        var baseCurrency = await rates.BaseCurrencyAsync(ct);
        var rate = await rates.RateAsync(opportunity.Currency, day, ct)
            ?? throw new AppException(ErrorCodes.Validation, $"There is no exchange rate from {opportunity.Currency} to {baseCurrency} on or before {day:yyyy-MM-dd}: add one with setExchangeRate.",
                [new FieldError("currency", $"has no rate to {baseCurrency} on or before {day:yyyy-MM-dd}.")]);
        opportunity.ConvertAt(rate, baseCurrency);
    }

    private static async Task<Opportunity> LoadAsync(OpportunitiesDbContext db, InputReader input, CancellationToken ct)
    {
        var id = input.Id("id", "Opportunity");
        var opportunity = await db.Opportunities.AsTracking().FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw AppException.NotFound("Opportunity", input.String("id")!);
        db.ExpectVersion(opportunity, input.Value<long>("version"));
        return opportunity;
    }

    /// <summary>The details the input sends (title apart, which creation and update read differently); a detail left out stays as it is.</summary>
    private static OpportunityDetails Details(InputReader input) => new()
    {
        Requirement = input.Has("requirement") ? new(input.String("requirement")) : null,
        Amount = input.Has("amount") ? input.Value<decimal>("amount") ?? 0m : null,
        Currency = input.Has("currency") ? input.String("currency") ?? string.Empty : null,
        ExpectedCloseDate = input.Has("expectedCloseDate") ? new(input.Value<DateOnly>("expectedCloseDate")) : null,
        Probability = input.Has("probability") ? input.Value<int>("probability") ?? 0 : null,
        Source = input.Has("source") ? new(input.String("source")) : null,
    };
}
