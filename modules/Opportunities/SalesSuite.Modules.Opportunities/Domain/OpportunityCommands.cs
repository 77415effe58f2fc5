using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

internal sealed class OpportunityCommands(ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock, IServiceProvider services)
{
    public async Task<Opportunity> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var customerId = input.Id("customerId", "Customer");
        var directory = services.GetService<ICustomerDirectory>()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Opportunities need the Customers module, which is not available.");
        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", input.String("customerId")!);
        }

        var stages = await db.Stages.Where(s => s.Active).OrderBy(s => s.Position).ToListAsync(ct);
        var stage = input.Has("stageId") && input.String("stageId") is not null
            ? stages.FirstOrDefault(s => s.Id == input.Id("stageId", "PipelineStage"))
            : stages.FirstOrDefault(s => s.Kind == StageKind.Open);
        if (stage is null || stage.Kind != StageKind.Open)
        {
            validator.Add("stageId", "must be an open stage of this tenant's pipeline.");
        }

        var now = clock.GetUtcNow();
        var opportunity = new Opportunity
        {
            CustomerId = customerId,
            OwnerId = input.String("ownerId") ?? user.UserIdOrThrow,
            StageId = stage?.Id ?? Guid.Empty,
            StageEnteredAt = now,
            Probability = stage?.DefaultProbability ?? 0,
        };
        validator.Required("title", input.String("title"), 200);
        Apply(input, opportunity, validator);
        validator.ThrowIfInvalid();
        await ConvertAsync(opportunity, DateOnly.FromDateTime(now.UtcDateTime), currencyChanged: true, ct);
        var decision = input.String("ownerId") is null && services.GetService<IAssignmentRules>() is { } rules
            ? await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Opportunity, opportunity.Id, Source: opportunity.Source,
                Need: $"{opportunity.Title} {opportunity.Requirement}", Value: opportunity.AmountInBase), ct)
            : null;
        if (decision is not null)
        {
            opportunity.OwnerId = decision.OwnerId;
            db.AllowOwner(decision.OwnerId);
        }

        db.Opportunities.Add(opportunity);
        db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, ToStageId = opportunity.StageId, At = now, ActorId = user.UserIdOrThrow });
        db.Assignments.Add(new Assignment
        {
            OpportunityId = opportunity.Id, ToOwnerId = opportunity.OwnerId, At = now, ActorId = user.UserIdOrThrow, Reason = decision is null ? "created" : $"created; assigned by rule '{decision.RuleName}'",
        });
        db.Publish(new OpportunityCreated(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, now));
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    public async Task<Opportunity> UpdateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        var validator = new Validator();
        if (input.Has("title"))
        {
            validator.Required("title", input.String("title"), 200);
        }

        var currency = opportunity.Currency;
        Apply(input, opportunity, validator);
        validator.ThrowIfInvalid();
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
        if (opportunity.Status != OpportunityStatus.Open)
        {
            throw new AppException(ErrorCodes.Validation,
                $"The opportunity is {opportunity.Status.ToString().ToUpperInvariant()}: a closed opportunity cannot change stage. Allowed: reopenOpportunity.",
                [new FieldError("id", $"is {opportunity.Status.ToString().ToUpperInvariant()}.")]);
        }

        var stageId = input.Id("stageId", "PipelineStage");
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == stageId && s.Active, ct)
            ?? throw InputReader.Invalid("stageId", "is not an active stage of this tenant's pipeline.");
        if (stage.Id == opportunity.StageId)
        {
            throw InputReader.Invalid("stageId", "is the stage the opportunity is already in.");
        }

        var reason = input.String("reason");
        if (stage.Kind == StageKind.Lost && reason is null)
        {
            throw InputReader.Invalid("reason", "is required when an opportunity is lost.");
        }

        new Validator().MaxLength("reason", reason, 500).ThrowIfInvalid();
        var now = clock.GetUtcNow();
        db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, FromStageId = opportunity.StageId, ToStageId = stage.Id, At = now, ActorId = user.UserIdOrThrow });
        opportunity.StageId = stage.Id;
        opportunity.StageEnteredAt = now;
        opportunity.Probability = stage.DefaultProbability;
        if (stage.Kind != StageKind.Open)
        {
            opportunity.Status = stage.Kind == StageKind.Won ? OpportunityStatus.Won : OpportunityStatus.Lost;
            opportunity.ClosedAt = now;
            opportunity.CloseReason = reason;
            db.Publish(opportunity.Status == OpportunityStatus.Won
                ? new OpportunityWon(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, opportunity.Amount, opportunity.Currency, now, opportunity.AmountInBase, opportunity.BaseCurrency)
                : new OpportunityLost(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, reason!, now));
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
        if (opportunity.Status == OpportunityStatus.Open)
        {
            throw InputReader.Invalid("id", "is already open.");
        }

        var stage = await db.Stages.Where(s => s.Active && s.Kind == StageKind.Open).OrderByDescending(s => s.Position).FirstOrDefaultAsync(ct)
            ?? throw InputReader.Invalid("id", "cannot be reopened: the pipeline has no active open stage.");
        var now = clock.GetUtcNow();
        db.StageChanges.Add(new StageChange { OpportunityId = opportunity.Id, FromStageId = opportunity.StageId, ToStageId = stage.Id, At = now, ActorId = user.UserIdOrThrow });
        opportunity.StageId = stage.Id;
        opportunity.StageEnteredAt = now;
        opportunity.Probability = stage.DefaultProbability;
        opportunity.Status = OpportunityStatus.Open;
        opportunity.ClosedAt = null;
        opportunity.CloseReason = null;
        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }

    public async Task<Opportunity> ReassignAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await LoadAsync(db, input, ct);
        var owner = input.String("ownerId");
        new Validator().Required("ownerId", owner, 64).MaxLength("reason", input.String("reason"), 500).ThrowIfInvalid();
        if (owner == opportunity.OwnerId)
        {
            throw InputReader.Invalid("ownerId", "already owns the opportunity.");
        }

        db.Assignments.Add(new Assignment
        {
            OpportunityId = opportunity.Id, FromOwnerId = opportunity.OwnerId, ToOwnerId = owner!, At = clock.GetUtcNow(), ActorId = user.UserIdOrThrow, Reason = input.String("reason"),
        });
        opportunity.OwnerId = owner!;
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
    /// The base-currency rule (ORD1): an opportunity keeps the rate of its registration (UTC) day, taken from the Orders module's
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

        var rates = services.GetService<IExchangeRates>()
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

    private static void Apply(InputReader input, Opportunity opportunity, Validator validator)
    {
        if (input.String("title") is { } title)
        {
            opportunity.Title = title;
        }

        if (input.Has("requirement"))
        {
            validator.MaxLength("requirement", opportunity.Requirement = input.String("requirement"), 4000);
        }

        if (input.Has("amount"))
        {
            var amount = input.Value<decimal>("amount") ?? 0m;
            if (amount is < 0 or > 1_000_000_000_000m)
            {
                validator.Add("amount", "must be between 0 and 1,000,000,000,000.");
            }
            else
            {
                opportunity.Amount = amount;
            }
        }

        if (input.Has("currency"))
        {
            var currency = input.String("currency")?.ToUpperInvariant();
            if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                validator.Add("currency", "must be a three-letter ISO 4217 code such as USD.");
            }
            else
            {
                opportunity.Currency = currency;
            }
        }

        if (input.Has("expectedCloseDate"))
        {
            opportunity.ExpectedCloseDate = input.Value<DateOnly>("expectedCloseDate");
        }

        if (input.Has("probability"))
        {
            var probability = input.Value<int>("probability") ?? 0;
            if (probability is < 0 or > 100)
            {
                validator.Add("probability", "must be between 0 and 100.");
            }

            opportunity.Probability = probability;
        }

        if (input.Has("source"))
        {
            validator.MaxLength("source", opportunity.Source = input.String("source"), 100);
        }
    }
}
