namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// Customer activity per user for a period, aggregated in SQL (for the Team module's performance appraisal). The caller names the users and
/// decides who may see the result: the figures are computed for every user asked for, whatever the current user's scope.
/// </summary>
public interface ICustomerActivityFigures
{
    /// <summary>For each of <paramref name="userIds"/> with any activity in [<paramref name="from"/>, <paramref name="to"/>); users without any are left
    /// out.</summary>
    Task<IReadOnlyList<UserActivityFigures>> ForUsersAsync(IReadOnlyCollection<string> userIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>
    /// Interactions on a customer in each window (for purchase-intent scoring), counted in SQL, a page of windows per query;
    /// windows without any are left out.
    /// </summary>
    Task<IReadOnlyList<InteractionWindowFigures>> InteractionsInAsync(IReadOnlyList<InteractionWindow> windows, CancellationToken cancellationToken);
}

/// <summary>The interactions on <paramref name="CustomerId"/> that took place in [<paramref name="From"/>, <paramref name="To"/>); <paramref name="Key"/> is
/// the caller's.</summary>
public sealed record InteractionWindow(Guid Key, Guid CustomerId, DateTimeOffset From, DateTimeOffset To);

/// <param name="Key">The window's key.</param>
/// <param name="Count">Interactions in the window.</param>
/// <param name="LastTwoWeeks">Of those, the ones in its last 14 days (recency).</param>
public sealed record InteractionWindowFigures(Guid Key, int Count, int LastTwoWeeks);

/// <param name="UserId">The user's id.</param>
/// <param name="CallsLogged">Interactions of kind call the user logged that took place in the period.</param>
/// <param name="FollowUpsDue">Follow-ups of interactions on the user's customers (the customer's owner's reminders) due in the period.</param>
/// <param name="FollowUpsOnTime">Of those, the ones completed at or before their due time.</param>
public sealed record UserActivityFigures(string UserId, int CallsLogged, int FollowUpsDue, int FollowUpsOnTime);
