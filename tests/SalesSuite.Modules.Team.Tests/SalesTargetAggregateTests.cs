using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Tests;

/// <summary>A target's own rules (its subject, its period, the amount rounded to cents) and the period's, without a database or GraphQL.</summary>
public sealed class SalesTargetAggregateTests
{
    private static readonly SalesPeriod November = new(2026, PeriodKind.Month, 11);

    [Fact]
    public void A_rep_s_target_is_keyed_by_the_rep_and_holds_the_period()
    {
        var target = SalesTarget.ForRep("alice", November);

        Assert.Equal("alice", target.RepUserId);
        Assert.Null(target.TeamId);
        Assert.Equal("rep:alice", target.SubjectKey);
        Assert.Equal(November, target.Period);
        Assert.Equal("2026-11", target.Period.Key);
    }

    [Fact]
    public void A_team_s_target_is_keyed_by_the_team()
    {
        var team = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var target = SalesTarget.ForTeam(team, new SalesPeriod(2026, PeriodKind.Quarter, 4));

        Assert.Null(target.RepUserId);
        Assert.Equal(team, target.TeamId);
        Assert.Equal("team:0f8fad5bd9cb469fa16570867728950e", target.SubjectKey);
        Assert.Equal("2026-Q4", target.Period.Key);
    }

    [Fact]
    public void Setting_rounds_to_cents_and_records_who_set_it_in_the_base_currency_when_known()
    {
        var target = SalesTarget.ForRep("alice", November);

        target.Set(1234.565m, "EUR", "mia");
        Assert.Equal(1234.57m, target.Amount);
        Assert.Equal("EUR", target.BaseCurrency);
        Assert.Equal("mia", target.SetBy);

        target.Set(10m, null, "admin");
        Assert.Equal(10m, target.Amount);
        Assert.Equal("EUR", target.BaseCurrency);
        Assert.Equal("admin", target.SetBy);
    }

    [Fact]
    public void An_imported_target_keeps_its_amount_as_it_was()
    {
        var target = SalesTarget.Imported("bob", 2025, 3, 99.999m, "USD", "import");

        Assert.Equal("rep:bob", target.SubjectKey);
        Assert.Equal(new SalesPeriod(2025, PeriodKind.Month, 3), target.Period);
        Assert.Equal(99.999m, target.Amount);
        Assert.Equal("import", target.SetBy);
    }

    [Fact]
    public void A_quarter_runs_three_months()
    {
        var q2 = new SalesPeriod(2026, PeriodKind.Quarter, 2);

        Assert.Equal(new DateOnly(2026, 4, 1), q2.FirstDay);
        Assert.Equal(new DateOnly(2026, 7, 1), q2.EndDay);
        Assert.Equal(new DateOnly(2026, 12, 1), November.EndDay);
    }

    [Fact]
    public void A_period_names_a_year_and_either_a_month_or_a_quarter()
    {
        var validator = new Validator();
        Assert.Equal(November, SalesPeriod.Check(2026, 11, null, "period", validator));
        Assert.Equal(new SalesPeriod(2026, PeriodKind.Quarter, 3), SalesPeriod.Check(2026, null, 3, "period", validator));
        Assert.True(validator.IsValid);

        Assert.Equal(
            [new FieldError("period.year", "must be between 2000 and 2100."), new FieldError("period", "must name either a month or a quarter, not both.")],
            Errors(v => SalesPeriod.Check(1999, 1, 1, "period", v)));
        Assert.Equal([new FieldError("period", "must name either a month or a quarter, not both.")],
            Errors(v => SalesPeriod.Check(2026, null, null, "period", v)));
        Assert.Equal([new FieldError("period.month", "must be between 1 and 12.")], Errors(v => SalesPeriod.Check(2026, 13, null, "period", v)));
        Assert.Equal([new FieldError("period.quarter", "must be between 1 and 4.")], Errors(v => SalesPeriod.Check(2026, null, 5, "period", v)));
    }

    private static IReadOnlyList<FieldError> Errors(Action<Validator> check)
    {
        var validator = new Validator();
        check(validator);
        return validator.Errors;
    }
}
