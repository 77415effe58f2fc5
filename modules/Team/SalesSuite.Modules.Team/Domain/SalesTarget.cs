using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>
/// A sales target (quota) of a rep or a team for a month or a quarter, in the tenant's base currency. One per subject and
/// period: setting it again updates it (versioned and audited like every aggregate).
/// </summary>
internal sealed class SalesTarget : AggregateRoot
{
    private SalesTarget(string? repUserId, Guid? teamId, string subjectKey, SalesPeriod period)
    {
        RepUserId = repUserId;
        TeamId = teamId;
        SubjectKey = subjectKey;
        Year = period.Year;
        PeriodKind = period.Kind;
        PeriodNumber = period.Number;
    }

    private SalesTarget()
    {
    }

    /// <summary>The rep's user id, for a rep's target.</summary>
    public string? RepUserId { get; private set; }

    /// <summary>The team, for a team's target.</summary>
    public Guid? TeamId { get; private set; }

    /// <summary><c>rep:&lt;userId&gt;</c> or <c>team:&lt;teamId&gt;</c>: one key for the unique index (nulls never clash in one).</summary>
    public string SubjectKey { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public PeriodKind PeriodKind { get; private set; }

    /// <summary>The month (1-12) or quarter (1-4).</summary>
    public int PeriodNumber { get; private set; }

    public SalesPeriod Period => new(Year, PeriodKind, PeriodNumber);

    public decimal Amount { get; private set; }

    public string BaseCurrency { get; private set; } = "USD";

    public string SetBy { get; private set; } = string.Empty;

    /// <summary>A rep's target for <paramref name="period"/>, not set yet (<see cref="Set"/>).</summary>
    public static SalesTarget ForRep(string userId, SalesPeriod period) => new(userId, null, RepKey(userId), period);

    /// <summary>A team's target for <paramref name="period"/>, not set yet (<see cref="Set"/>).</summary>
    public static SalesTarget ForTeam(Guid teamId, SalesPeriod period) => new(null, teamId, TeamKey(teamId), period);

    /// <summary>A rep's monthly target as an imported history had it, amount as it was.</summary>
    public static SalesTarget Imported(string userId, int year, int month, decimal amount, string baseCurrency, string setBy) =>
        new(userId, null, RepKey(userId), new SalesPeriod(year, PeriodKind.Month, month)) { Amount = amount, BaseCurrency = baseCurrency, SetBy = setBy };

    /// <summary>
    /// Sets the amount, rounded to cents, by <paramref name="setBy"/>; in <paramref name="baseCurrency"/> when known, else in the
    /// currency it had.
    /// </summary>
    public void Set(decimal amount, string? baseCurrency, string setBy)
    {
        Amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        BaseCurrency = baseCurrency ?? BaseCurrency;
        SetBy = setBy;
    }

    public static string RepKey(string userId) => "rep:" + userId;

    public static string TeamKey(Guid teamId) => "team:" + teamId.ToString("N");
}
