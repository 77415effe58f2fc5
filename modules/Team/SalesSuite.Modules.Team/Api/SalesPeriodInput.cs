using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Api;

/// <summary>A month (<c>{ year, month }</c>) or a quarter (<c>{ year, quarter }</c>) of a year, as sent.</summary>
internal sealed record SalesPeriodInput
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Quarter { get; init; }

    /// <summary>The period it names (<see cref="SalesPeriod.Check"/>); problems go to <paramref name="validator"/> under <paramref name="field"/>.</summary>
    public static SalesPeriod Check(SalesPeriodInput? input, string field, Validator validator) =>
        SalesPeriod.Check(input?.Year, input?.Month, input?.Quarter, field, validator);
}
