namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// Customer activity per user for a period, aggregated in SQL (performance appraisal, TEAM4). The caller names the users and
/// decides who may see the result: the figures are computed for every user asked for, whatever the current user's scope.
/// </summary>
public interface ICustomerActivityFigures
{
    /// <summary>For each of <paramref name="userIds"/> with any activity in [<paramref name="from"/>, <paramref name="to"/>); users without any are left out.</summary>
    Task<IReadOnlyList<UserActivityFigures>> ForUsersAsync(IReadOnlyCollection<string> userIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <param name="UserId">The user's id.</param>
/// <param name="CallsLogged">Interactions of kind call the user logged that took place in the period.</param>
/// <param name="FollowUpsDue">Follow-ups of interactions on the user's customers (the customer's owner's reminders) due in the period.</param>
/// <param name="FollowUpsOnTime">Of those, the ones completed at or before their due time.</param>
public sealed record UserActivityFigures(string UserId, int CallsLogged, int FollowUpsDue, int FollowUpsOnTime);
