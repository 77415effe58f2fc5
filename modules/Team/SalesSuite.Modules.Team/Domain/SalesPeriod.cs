using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>A calendar month or quarter of a year in the tenant's calendar: from the start of <see cref="FirstDay"/> to the start of
/// <see cref="EndDay"/>.</summary>
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

    /// <summary>
    /// The period a year and either a month or a quarter name; problems go to <paramref name="validator"/> under
    /// <paramref name="field"/>, which the caller throws (the period returned is only meant to be used when it is valid).
    /// </summary>
    public static SalesPeriod Check(int? year, int? month, int? quarter, string field, Validator validator)
    {
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

        return new SalesPeriod(year ?? 2000, month is null ? PeriodKind.Quarter : PeriodKind.Month, month ?? quarter ?? 1);
    }
}
