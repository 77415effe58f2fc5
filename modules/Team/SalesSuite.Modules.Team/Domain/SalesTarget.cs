using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Domain;

internal enum PeriodKind
{
    Month,
    Quarter,
}

/// <summary>A calendar month or quarter of a year in the tenant's calendar: from the start of <see cref="FirstDay"/> to the start of <see cref="EndDay"/>.</summary>
internal readonly record struct SalesPeriod(int Year, PeriodKind Kind, int Number)
{
    public DateOnly FirstDay => new(Year, Kind == PeriodKind.Month ? Number : ((Number - 1) * 3) + 1, 1);

    /// <summary>The first day after the period.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(Kind == PeriodKind.Month ? 1 : 3);

    /// <summary>The period's first instant in <paramref name="tenant"/>'s time zone.</summary>
    public DateTimeOffset Start(TenantInfo tenant) => tenant.StartOf(FirstDay);

    /// <summary>The first instant after the period in <paramref name="tenant"/>'s time zone.</summary>
    public DateTimeOffset End(TenantInfo tenant) => tenant.StartOf(EndDay);

    /// <summary><c>2026-11</c> or <c>2026-Q4</c>.</summary>
    public string Key => Kind == PeriodKind.Month ? $"{Year:D4}-{Number:D2}" : $"{Year:D4}-Q{Number}";

    /// <summary>Reads <c>{ year, month }</c> or <c>{ year, quarter }</c>; problems go to <paramref name="validator"/>, which the caller throws.</summary>
    public static SalesPeriod Read(InputReader? input, string field, Validator validator)
    {
        var year = input?.Value<int>("year");
        var month = input?.Value<int>("month");
        var quarter = input?.Value<int>("quarter");
        if (year is not (>= 2000 and <= 2100))
        {
            validator.Add($"{field}.year", "must be between 2000 and 2100.");
        }

        if ((month is null) == (quarter is null))
        {
            validator.Add(field, "must name either a month or a quarter, not both.");
        }
        else if (month is not null and not (>= 1 and <= 12))
        {
            validator.Add($"{field}.month", "must be between 1 and 12.");
        }
        else if (quarter is not null and not (>= 1 and <= 4))
        {
            validator.Add($"{field}.quarter", "must be between 1 and 4.");
        }

        // Only used once the caller's validator is found valid.
        return new SalesPeriod(year ?? 2000, month is null ? PeriodKind.Quarter : PeriodKind.Month, month ?? quarter ?? 1);
    }
}

/// <summary>
/// A sales target (quota) of a rep or a team for a month or a quarter, in the tenant's base currency. One per subject and
/// period: setting it again updates it (versioned and audited like every aggregate).
/// </summary>
internal sealed class SalesTarget : AggregateRoot
{
    /// <summary>The rep's user id, for a rep's target.</summary>
    public string? RepUserId { get; set; }

    /// <summary>The team, for a team's target.</summary>
    public Guid? TeamId { get; set; }

    /// <summary><c>rep:&lt;userId&gt;</c> or <c>team:&lt;teamId&gt;</c>: one key for the unique index (nulls never clash in one).</summary>
    public string SubjectKey { get; set; } = string.Empty;

    public int Year { get; set; }

    public PeriodKind PeriodKind { get; set; }

    /// <summary>The month (1-12) or quarter (1-4).</summary>
    public int PeriodNumber { get; set; }

    public SalesPeriod Period => new(Year, PeriodKind, PeriodNumber);

    public decimal Amount { get; set; }

    public string BaseCurrency { get; set; } = "USD";

    public string SetBy { get; set; } = string.Empty;

    public static string RepKey(string userId) => "rep:" + userId;

    public static string TeamKey(Guid teamId) => "team:" + teamId.ToString("N");
}
