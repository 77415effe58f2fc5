using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.Modules.Team.Features.CreateSalesRep;
using SalesSuite.Modules.Team.Features.CreateTeam;
using SalesSuite.Modules.Team.Features.RecordTraining;
using SalesSuite.Modules.Team.Features.SetSalesTarget;
using SalesSuite.Modules.Team.Features.UpdateSalesRep;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Tests;

/// <summary>The Team features' rules on their inputs, without a database or GraphQL.</summary>
public sealed class TeamValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void A_new_rep_needs_a_user_id_and_a_name_and_has_their_email_lower_cased()
    {
        var validator = new Validator();
        var profile = CreateSalesRepValidator.Check(new CreateSalesRepInput { UserId = "alice", Name = "Alice", Email = "Alice@Example.COM" }, validator);

        Assert.True(validator.IsValid);
        Assert.Equal("alice@example.com", profile.Email.Value);
        Assert.False(profile.Title.HasValue);

        var missing = new Validator();
        CreateSalesRepValidator.Check(new CreateSalesRepInput { Capacity = -1 }, missing);
        Assert.Equal(["userId", "name", "capacity"], missing.Errors.Select(e => e.Field));
    }

    [Fact]
    public void An_update_may_not_blank_the_name()
    {
        var profile = UpdateSalesRepValidator.Check(new UpdateSalesRepInput { UserId = "alice", Territory = Optional<string?>.Of(null) });
        Assert.True(profile.Territory.HasValue);
        Assert.False(profile.Name.HasValue);

        var error = Assert.Throws<AppException>(() => UpdateSalesRepValidator.Check(new UpdateSalesRepInput
        {
            UserId = "alice",
            Name = Optional<string?>.Of(null)
        }));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(["name"], error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void A_team_needs_a_name_of_at_most_100_characters()
    {
        CreateTeamValidator.Check(new CreateTeamInput { Name = "North" });

        var error = Assert.Throws<AppException>(() => CreateTeamValidator.Check(new CreateTeamInput
        {
            Name = new string('x', 101),
            Description = new string('d', 501)
        }));
        Assert.Equal(["name", "description"], error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void A_training_is_dated_today_when_left_out_and_at_most_a_year_ahead()
    {
        Assert.Equal(Today, RecordTrainingValidator.Check(new RecordTrainingInput { UserId = "alice", Course = "Negotiation" }, Today));
        Assert.Equal(Today.AddYears(1),
            RecordTrainingValidator.Check(new RecordTrainingInput { UserId = "alice", Course = "C", Date = Today.AddYears(1) }, Today));

        var error = Assert.Throws<AppException>(() => RecordTrainingValidator.Check(
            new RecordTrainingInput { Score = 101m, Date = Today.AddYears(1).AddDays(1) }, Today));
        Assert.Equal(["userId", "course", "score", "date"], error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void A_target_is_for_a_rep_or_a_team_in_a_valid_period_with_an_amount_in_range()
    {
        var period = new SalesPeriodInput { Year = 2026, Month = 11 };
        Assert.Equal(new SalesPeriod(2026, PeriodKind.Month, 11),
            SetSalesTargetValidator.Check(new SetSalesTargetInput { UserId = "alice", Period = period, Amount = 1000m }));
        SetSalesTargetValidator.Check(new SetSalesTargetInput { TeamId = "VGVhbTox", Period = period, Amount = 0m });

        var both = Assert.Throws<AppException>(() => SetSalesTargetValidator.Check(new SetSalesTargetInput
        {
            UserId = "alice",
            TeamId = "x",
            Period = period,
            Amount = 1m
        }));
        Assert.Equal([new FieldError("userId", "give either userId (a rep's target) or teamId (a team's target), not both.")], both.FieldErrors);

        var bad = Assert.Throws<AppException>(() => SetSalesTargetValidator.Check(
            new SetSalesTargetInput { UserId = "alice", Period = new SalesPeriodInput { Year = 2026, Quarter = 5 }, Amount = -1m }));
        Assert.Equal(
            [new FieldError("period.quarter", "must be between 1 and 4."),
                new FieldError("amount", "must be between 0 and 1,000,000,000,000 (in the base currency).")],
            bad.FieldErrors);

        var blankTeam = Assert
            .Throws<AppException>(() => SetSalesTargetValidator.Check(new SetSalesTargetInput { TeamId = "  ", Period = period, Amount = 1m }));
        Assert.Equal(["userId"], blankTeam.FieldErrors.Select(e => e.Field));
    }
}
