using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>The opportunity's life and its rules, on the aggregate alone: no database, no GraphQL.</summary>
public sealed class OpportunityAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly PipelineStage _qualification = Stage("Qualification", 1, 10);
    private readonly PipelineStage _proposal = Stage("Proposal", 2, 50);
    private readonly PipelineStage _won = Stage("Won", 3, 100, StageKind.Won);
    private readonly PipelineStage _lost = Stage("Lost", 4, 0, StageKind.Lost);

    [Fact]
    public void A_registered_opportunity_takes_its_details_and_the_stage_probability_then_opens_with_its_first_history()
    {
        var customerId = Guid.NewGuid();
        var opportunity = Opportunity.Register(customerId, _qualification, new OpportunityDetails
        {
            Title = "Fleet deal",
            Amount = 12500.50m,
            Currency = "eur",
            ExpectedCloseDate = new(new DateOnly(2026, 12, 31)),
            Source = new("Referral"),
        }, Monday);

        Assert.Equal(customerId, opportunity.CustomerId);
        Assert.Equal("Fleet deal", opportunity.Title);
        Assert.Equal(12500.50m, opportunity.Amount);
        Assert.Equal(125_005_000L, opportunity.AmountScaled);
        Assert.Equal("EUR", opportunity.Currency);
        Assert.Equal(_qualification.Id, opportunity.StageId);
        Assert.Equal(Monday, opportunity.StageEnteredAt);
        Assert.Equal(10, opportunity.Probability);
        Assert.Equal(OpportunityStatus.Open, opportunity.Status);

        var (entered, assigned) = opportunity.Open("alice", "bob", "created");
        Assert.Equal("alice", opportunity.OwnerId);
        Assert.Equal((opportunity.Id, (Guid?)null, _qualification.Id, Monday, "bob"),
            (entered.OpportunityId, entered.FromStageId, entered.ToStageId, entered.At, entered.ActorId));
        Assert.Equal((opportunity.Id, (string?)null, "alice", Monday, "bob", "created"),
            (assigned.OpportunityId, assigned.FromOwnerId, assigned.ToOwnerId, assigned.At, assigned.ActorId, assigned.Reason));
        Assert.Throws<InvalidOperationException>(() => opportunity.Open("carol", "bob", "created")); // opened once
    }

    [Fact]
    public void Registration_needs_an_active_open_stage_and_a_title_and_lists_every_problem()
    {
        var details = new OpportunityDetails
        {
            Amount = -1m,
            Currency = "EURO",
            Probability = 101,
            Requirement = new(new string('x', 4001)),
            Source = new(new string('s', 101))
        };
        var refused = Assert.Throws<AppException>(() => Opportunity.Register(Guid.NewGuid(), _won, details, Monday));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal(["stageId", "title", "requirement", "amount", "currency", "probability", "source"], refused.FieldErrors.Select(e => e.Field));
        Assert.Equal("must be an open stage of this tenant's pipeline.", refused.FieldErrors[0].Message);
        Assert.Equal("is required.", refused.FieldErrors[1].Message);
        Assert.Equal("must be between 0 and 1,000,000,000,000.", refused.FieldErrors[3].Message);
        Assert.Equal("must be a three-letter ISO 4217 code such as USD.", refused.FieldErrors[4].Message);
        Assert.Equal("must be between 0 and 100.", refused.FieldErrors[5].Message);

        var inactive = PipelineStage.Create("Old", 9, 20, active: false);
        Assert.Equal("stageId",
            Assert.Single(Assert.Throws<AppException>(() => Opportunity.Register(Guid.NewGuid(), inactive, new() { Title = "A" }, Monday)).FieldErrors).Field);
        Assert.Equal("stageId",
            Assert.Single(Assert.Throws<AppException>(() => Opportunity.Register(Guid.NewGuid(), null, new() { Title = "A" }, Monday)).FieldErrors).Field);

        var tooLong = Assert.Throws<AppException>(() => Opportunity.Register(Guid.NewGuid(), _qualification, new() { Title = new string('t', 201) }, Monday));
        Assert.Equal(new FieldError("title", "must be at most 200 characters long."), Assert.Single(tooLong.FieldErrors));
    }

    [Fact]
    public void An_edit_changes_only_the_details_given_clears_the_clearable_ones_and_takes_nothing_when_one_is_wrong()
    {
        var opportunity = Opened(amount: 100m);
        opportunity.Edit(new OpportunityDetails { Requirement = new("Ten trucks"), Source = new("Website"), Probability = 30 });
        opportunity.Edit(new OpportunityDetails { Amount = 250m, Source = new(null) });

        Assert.Equal("Deal", opportunity.Title);
        Assert.Equal("Ten trucks", opportunity.Requirement);
        Assert.Null(opportunity.Source);
        Assert.Equal(250m, opportunity.Amount);
        Assert.Equal(30, opportunity.Probability);
        Assert.Equal("USD", opportunity.Currency);

        var refused = Assert.Throws<AppException>(() => opportunity.Edit(new OpportunityDetails { Title = string.Empty, Amount = 1m, Currency = "usd" }));
        Assert.Equal(new FieldError("title", "is required."), Assert.Single(refused.FieldErrors));
        Assert.Equal(("Deal", 250m), (opportunity.Title, opportunity.Amount));
    }

    [Fact]
    public void The_base_amount_follows_the_kept_rate_to_the_cent()
    {
        var opportunity = Opened(amount: 33.33m);
        opportunity.ConvertAt(1.1m, "USD");
        Assert.Equal(36.66m, opportunity.AmountInBase); // 36.663 to the cent
        Assert.Equal("USD", opportunity.BaseCurrency);

        opportunity.ConvertAt(null, "USD");
        Assert.Null(opportunity.AmountInBase);
        Assert.Null(opportunity.BaseCurrency);
    }

    [Fact]
    public void A_move_enters_the_stage_with_its_probability_and_returns_the_history_row()
    {
        var opportunity = Opened();
        var change = opportunity.MoveTo(_proposal, "bob", Monday.AddDays(3));

        Assert.Equal((opportunity.Id, (Guid?)_qualification.Id, _proposal.Id, Monday.AddDays(3), "bob"),
            (change.OpportunityId, change.FromStageId, change.ToStageId, change.At, change.ActorId));
        Assert.Equal(_proposal.Id, opportunity.StageId);
        Assert.Equal(Monday.AddDays(3), opportunity.StageEnteredAt);
        Assert.Equal(50, opportunity.Probability);
        Assert.Equal(OpportunityStatus.Open, opportunity.Status);
        Assert.Null(opportunity.ClosedAt);

        var same = Assert.Throws<AppException>(() => opportunity.MoveTo(_proposal, "bob", Monday));
        Assert.Equal(new FieldError("stageId", "is the stage the opportunity is already in."), Assert.Single(same.FieldErrors));
        var unknown = Assert.Throws<AppException>(() => opportunity.MoveTo(null, "bob", Monday));
        Assert.Equal(new FieldError("stageId", "is not an active stage of this tenant's pipeline."), Assert.Single(unknown.FieldErrors));
        var inactive = PipelineStage.Create("Old", 9, 20, active: false);
        Assert.Equal("stageId", Assert.Single(Assert.Throws<AppException>(() => opportunity.MoveTo(inactive, "bob", Monday)).FieldErrors).Field);
        Assert.Equal(_proposal.Id, opportunity.StageId);
    }

    [Fact]
    public void A_won_stage_closes_the_opportunity_and_a_closed_one_cannot_move()
    {
        var opportunity = Opened();
        opportunity.MoveTo(_won, "alice", Monday.AddDays(10), "Best fit");

        Assert.Equal(OpportunityStatus.Won, opportunity.Status);
        Assert.Equal(Monday.AddDays(10), opportunity.ClosedAt);
        Assert.Equal("Best fit", opportunity.CloseReason);
        Assert.Equal(100, opportunity.Probability);

        var closed = Assert.Throws<AppException>(() => opportunity.MoveTo(_proposal, "alice", Monday.AddDays(11)));
        Assert.Equal(ErrorCodes.Validation, closed.Code);
        Assert.Equal("The opportunity is WON: a closed opportunity cannot change stage. Allowed: reopenOpportunity.", closed.Message);
        Assert.Equal(new FieldError("id", "is WON."), Assert.Single(closed.FieldErrors));
        Assert.Throws<AppException>(opportunity.EnsureOpen);
        Assert.Equal(_won.Id, opportunity.StageId);
    }

    [Fact]
    public void A_lost_stage_needs_a_reason_of_at_most_500_characters()
    {
        var opportunity = Opened();
        var noReason = Assert.Throws<AppException>(() => opportunity.MoveTo(_lost, "alice", Monday));
        Assert.Equal(new FieldError("reason", "is required when an opportunity is lost."), Assert.Single(noReason.FieldErrors));
        var longReason = Assert.Throws<AppException>(() => opportunity.MoveTo(_lost, "alice", Monday, new string('r', 501)));
        Assert.Equal(new FieldError("reason", "must be at most 500 characters long."), Assert.Single(longReason.FieldErrors));
        Assert.Equal(OpportunityStatus.Open, opportunity.Status);

        opportunity.MoveTo(_lost, "alice", Monday.AddDays(1), "Price");
        Assert.Equal(OpportunityStatus.Lost, opportunity.Status);
        Assert.Equal("Price", opportunity.CloseReason);
        Assert.Equal(0, opportunity.Probability);
    }

    [Fact]
    public void Reopening_takes_a_closed_opportunity_back_to_an_open_stage_and_forgets_the_close()
    {
        var opportunity = Opened();
        var open = Assert.Throws<AppException>(() => opportunity.Reopen(_proposal, "alice", Monday));
        Assert.Equal(new FieldError("id", "is already open."), Assert.Single(open.FieldErrors));

        opportunity.MoveTo(_lost, "alice", Monday.AddDays(1), "Timing");
        var noStage = Assert.Throws<AppException>(() => opportunity.Reopen(null, "alice", Monday.AddDays(2)));
        Assert.Equal(new FieldError("id", "cannot be reopened: the pipeline has no active open stage."), Assert.Single(noStage.FieldErrors));
        Assert.Throws<AppException>(() => opportunity.Reopen(_won, "alice", Monday.AddDays(2))); // not an open stage

        var change = opportunity.Reopen(_proposal, "bob", Monday.AddDays(2));
        Assert.Equal((_lost.Id, _proposal.Id, Monday.AddDays(2)), (change.FromStageId!.Value, change.ToStageId, change.At));
        Assert.Equal(OpportunityStatus.Open, opportunity.Status);
        Assert.Null(opportunity.ClosedAt);
        Assert.Null(opportunity.CloseReason);
        Assert.Equal(50, opportunity.Probability);
        opportunity.MoveTo(_won, "bob", Monday.AddDays(3), null); // it moves again
        Assert.Equal(OpportunityStatus.Won, opportunity.Status);
    }

    [Fact]
    public void Reassignment_needs_another_owner_and_returns_the_history_row()
    {
        var opportunity = Opened();
        var assignment = opportunity.Reassign("carol", "admin", Monday.AddDays(1), "Alice is on leave");

        Assert.Equal("carol", opportunity.OwnerId);
        Assert.Equal((opportunity.Id, (string?)"alice", "carol", Monday.AddDays(1), "admin", (string?)"Alice is on leave"),
            (assignment.OpportunityId, assignment.FromOwnerId, assignment.ToOwnerId, assignment.At, assignment.ActorId, assignment.Reason));

        var same = Assert.Throws<AppException>(() => opportunity.Reassign("carol", "admin", Monday, null));
        Assert.Equal(new FieldError("ownerId", "already owns the opportunity."), Assert.Single(same.FieldErrors));
        var missing = Assert.Throws<AppException>(() => opportunity.Reassign(null, "admin", Monday, new string('r', 501)));
        Assert.Equal(["ownerId", "reason"], missing.FieldErrors.Select(e => e.Field));
        Assert.Equal("carol", opportunity.OwnerId);
    }

    [Fact]
    public void Details_left_out_stay_and_details_sent_as_null_clear_or_reset_as_the_edit_says()
    {
        var opportunity = Opened(amount: 100m);
        opportunity.Edit(new OpportunityDetailsEdit { Requirement = "Ten trucks", Source = "Website", Probability = 30, Currency = "eur" }.ToDetails());
        Assert.Equal(("Ten trucks", "Website", 30, "EUR", 100m), Details(opportunity));

        opportunity.Edit(new OpportunityDetailsEdit
        {
            Requirement = Optional<string?>.Of(null),
            Amount = Optional<decimal?>.Of(null),
            Probability = Optional<int?>.Of(null),
        }.ToDetails());
        Assert.Equal((null, "Website", 0, "EUR", 0m), Details(opportunity));

        var noCurrency = Assert.Throws<AppException>(() => opportunity.Edit(new OpportunityDetailsEdit { Currency = Optional<string?>.Of(null) }.ToDetails()));
        Assert.Equal("currency", Assert.Single(noCurrency.FieldErrors).Field);
        Assert.Equal(new OpportunityDetails(), new OpportunityDetailsEdit().ToDetails());
    }

    [Fact]
    public void A_stage_is_created_and_redefined_through_its_rules_and_keeps_what_a_definition_leaves_out()
    {
        var stage = PipelineStage.Create("Demo", 7, 35);
        Assert.Equal(("Demo", 7, 35, StageKind.Open, true), (stage.Name, stage.Position, stage.DefaultProbability, stage.Kind, stage.Active));

        stage.Define("Pilot", 60, active: false);
        Assert.Equal(("Pilot", 7, 60, StageKind.Open, false), (stage.Name, stage.Position, stage.DefaultProbability, stage.Kind, stage.Active));
        stage.Define("Pilot won", 100, StageKind.Won, 8, true);
        Assert.Equal(("Pilot won", 8, 100, StageKind.Won, true), (stage.Name, stage.Position, stage.DefaultProbability, stage.Kind, stage.Active));

        var refused = Assert.Throws<AppException>(() => stage.Define(" ", 101));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal([new FieldError("name", "is required."), new FieldError("defaultProbability", "must be between 0 and 100.")], refused.FieldErrors);
        Assert.Equal(("Pilot won", 100), (stage.Name, stage.DefaultProbability));
        Assert.Equal("name", Assert.Single(Assert.Throws<AppException>(() => PipelineStage.Create(new string('n', 101), 1, 10)).FieldErrors).Field);
        Assert.Equal("defaultProbability", Assert.Single(Assert.Throws<AppException>(() => PipelineStage.Create("Minus", 1, -1)).FieldErrors).Field);
    }

    [Fact]
    public void A_follow_up_is_logged_with_a_note_and_a_next_date_not_in_the_past_and_completes_once()
    {
        var opportunityId = Guid.NewGuid();
        var followUp = FollowUp.Log(opportunityId, "Call back", Monday.AddDays(2), "alice", Monday);
        Assert.Equal((opportunityId, "Call back", Monday, "alice", (DateTimeOffset?)Monday.AddDays(2), (DateTimeOffset?)null),
            (followUp.OpportunityId, followUp.Note, followUp.At, followUp.ActorId, followUp.NextFollowUpAt, followUp.DoneAt));

        followUp.Complete(Monday.AddDays(1));
        followUp.Complete(Monday.AddDays(3));
        Assert.Equal(Monday.AddDays(1), followUp.DoneAt);

        var refused = Assert.Throws<AppException>(() => FollowUp.Log(opportunityId, null, Monday.AddMinutes(-1), "alice", Monday));
        Assert.Equal([new FieldError("note", "is required."), new FieldError("nextFollowUpAt", "must be in the future.")], refused.FieldErrors);
        Assert.Null(FollowUp.Log(opportunityId, "No date", null, "alice", Monday).NextFollowUpAt);
        var tooLong = Assert.Throws<AppException>(() => FollowUp.Log(opportunityId, new string('x', 4001), null, "alice", Monday));
        Assert.Equal("note", Assert.Single(tooLong.FieldErrors).Field);
    }

    private static (string? Requirement, string? Source, int Probability, string Currency, decimal Amount) Details(Opportunity o) =>
        (o.Requirement, o.Source, o.Probability, o.Currency, o.Amount);

    private Opportunity Opened(decimal amount = 0m)
    {
        var opportunity = Opportunity.Register(Guid.NewGuid(), _qualification, new OpportunityDetails { Title = "Deal", Amount = amount }, Monday);
        opportunity.Open("alice", "alice", "created");
        return opportunity;
    }

    private static PipelineStage Stage(string name, int position, int probability, StageKind kind = StageKind.Open) =>
        PipelineStage.Create(name, position, probability, kind);
}
